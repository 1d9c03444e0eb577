import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUDGETS, bundleSizes, CLIENT_DIST, formatSizes } from '../bench/bundle-sizes.js';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

// Reads the build of `npm test` (test:e2e builds first): a slow mobile link pays for every byte here.
describe('client bundle budget', () => {
  const sizes = bundleSizes();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

  it(`keeps the initial JavaScript (entry and what it preloads) within ${BUDGETS.initialJs / 1024} KB gzip`, () => {
    const over =
      sizes.initialTotal.gzip > BUDGETS.initialJs ? `initial JavaScript is ${kb(sizes.initialTotal.gzip)} gzip\n${formatSizes(sizes)}` : '';
    expect(over).toBe('');
  });

  it(`keeps every chunk loaded later within ${BUDGETS.lazyChunk / 1024} KB gzip`, () => {
    expect(sizes.lazy.filter((chunk) => chunk.gzip > BUDGETS.lazyChunk).map((chunk) => `${chunk.file}: ${kb(chunk.gzip)}`)).toEqual([]);
  });

  it('starts from a small entry that imports nothing, so that the first screen is requested as soon as it runs', () => {
    // React, the router and the query client are the app's code (src/app/start.tsx), which index.html
    // preloads beside the entry: were the entry to import them, i18next, the language's texts and the
    // sign-in form would wait for all of it to download before being asked for.
    const manifest = JSON.parse(readFileSync(path.join(CLIENT_DIST, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    expect(entry?.imports ?? []).toEqual([]);
    expect(sizes.initial.find((chunk) => chunk.file === entry?.file)?.gzip).toBeLessThan(5 * 1024);
  });

  it('preloads exactly the initial chunks from index.html, and none of them holds zod', () => {
    const html = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/<(?:script|link rel="modulepreload")[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]);
    expect(loaded.sort()).toEqual(sizes.initial.map((chunk) => chunk.file).sort());
    // zod's internal marker: its schemas are the server's business; the client ships none on first load.
    const withZod = sizes.initial.filter((chunk) => readFileSync(path.join(CLIENT_DIST, chunk.file), 'utf8').includes('_zod'));
    expect(withZod.map((chunk) => chunk.file)).toEqual([]);
  });
});
