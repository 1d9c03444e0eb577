// Prints the size of every chunk of the built client (`npm run build` first). Optional argument:
// another dist folder to compare with (e.g. a copy of an earlier build).
import { bundleSizes, CLIENT_DIST, formatSizes } from './bundle-sizes.js';

const dist = process.argv[3] ?? CLIENT_DIST;
console.log(`${dist}\n${formatSizes(bundleSizes(dist))}`);
