// Sizes of the built client (client/dist, from `npm run build`), read from Vite's manifest: the
// initial JavaScript (the entry, the app's code it starts, src/app/start.tsx, and every chunk they
// import statically: what index.html loads) and each chunk loaded later. Gzip at level 9 and brotli as the server sends them precompressed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

/** The budgets of issue 11, in bytes of gzip. */
export const BUDGETS = { initialJs: 110 * 1024, lazyChunk: 30 * 1024 };

function sizes(file, dist) {
  const raw = readFileSync(path.join(dist, file));
  return {
    file,
    bytes: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The app's code, which index.html preloads although the entry imports it dynamically. */
const START = 'src/app/start.tsx';

export function bundleSizes(dist = CLIENT_DIST) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error('No entry in the manifest');
  const initialKeys = new Set();
  const visit = (key) => {
    if (initialKeys.has(key)) return;
    initialKeys.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entryKey);
  // Imported dynamically by the entry but preloaded beside it (client/vite.config.ts, preloadStart):
  // a build without it would leave the app's code out of the initial budget unnoticed.
  if (!manifest[START]) throw new Error(`The client build has no ${START}: see preloadStart in client/vite.config.ts`);
  visit(START);
  const initial = [...initialKeys].map((key) => sizes(manifest[key].file, dist));
  const initialFiles = new Set(initial.map((chunk) => chunk.file));
  const lazy = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js') && !initialFiles.has(file))
    .map((file) => sizes(file, dist))
    .sort((a, b) => b.gzip - a.gzip);
  const total = (list, key) => list.reduce((sum, chunk) => sum + chunk[key], 0);
  return {
    initial,
    initialTotal: { bytes: total(initial, 'bytes'), gzip: total(initial, 'gzip'), brotli: total(initial, 'brotli') },
    lazy,
  };
}

export function formatSizes(result) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const row = (c) => `${c.file.padEnd(48)} ${kb(c.bytes).padStart(10)} ${kb(c.gzip).padStart(10)} ${kb(c.brotli).padStart(10)}`;
  return [
    `${'chunk'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`,
    'initial (entry, the app code it starts, their static imports):',
    ...result.initial.map(row),
    row({ file: '  total', ...result.initialTotal }),
    'lazy:',
    ...result.lazy.map(row),
  ].join('\n');
}
