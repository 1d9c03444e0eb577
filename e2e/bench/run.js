// `npm run bench -w e2e -- <name>` runs e2e/bench/<name>.bench.js; see README.md beside this file.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .map((f) => f.replace(/\.bench\.js$/, ''));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -w e2e -- <name>\nBenchmarks: ${available.join(', ')}`);
  process.exit(1);
}
await import(pathToFileURL(path.join(here, `${name}.bench.js`)).href);
