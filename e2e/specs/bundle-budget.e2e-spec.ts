import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUDGETS, bundleSizes, CLIENT_DIST, formatSizes } from '../bench/bundle-sizes.js';

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

  it('preloads exactly the initial chunks from index.html, and none of them holds zod', () => {
    const html = readFileSync(path.join(CLIENT_DIST, 'index.html'), 'utf8');
    const loaded = [...html.matchAll(/<(?:script|link rel="modulepreload")[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]);
    expect(loaded.sort()).toEqual(sizes.initial.map((chunk) => chunk.file).sort());
    // zod's internal marker: its schemas are the server's business; the client ships none on first load.
    const withZod = sizes.initial.filter((chunk) => readFileSync(path.join(CLIENT_DIST, chunk.file), 'utf8').includes('_zod'));
    expect(withZod.map((chunk) => chunk.file)).toEqual([]);
  });
});
