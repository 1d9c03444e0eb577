// `npm run bench -w e2e -- <name>` runs bench/<name>.bench.js (after `npm run build`).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
const file = name && path.join(here, `${name}.bench.js`);
if (!file || !existsSync(file)) {
  const available = readdirSync(here).filter((f) => f.endsWith('.bench.js')).map((f) => f.replace('.bench.js', ''));
  console.error(`Usage: npm run bench -w e2e -- <name>   (available: ${available.join(', ')})`);
  process.exit(2);
}
await import(pathToFileURL(file).href);
