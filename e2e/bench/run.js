// npm run bench -w e2e -- <name> [args…]: runs e2e/bench/<name>.bench.js.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('Usage: npm run bench -w e2e -- <name> [args…]   (see e2e/bench/README.md)');
  process.exit(1);
}
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), `${name}.bench.js`);
const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 1));
void pathToFileURL;
