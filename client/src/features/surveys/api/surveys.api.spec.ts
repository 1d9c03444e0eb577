import { afterEach, describe, expect, it } from '@jest/globals';
import { downloadExport } from './surveys.api.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Serves `chunks` as the body of the export, the way a streamed response arrives. */
function serveExport(chunks: Uint8Array[], total: number): void {
  globalThis.fetch = (async () => {
    let next = 0;
    return {
      ok: true,
      status: 200,
      headers: new Headers({ 'x-total-count': String(total) }),
      body: { getReader: () => ({ read: async () => (next < chunks.length ? { done: false, value: chunks[next++] } : { done: true }) }) },
    };
  }) as unknown as typeof fetch;
}

const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

describe('downloadExport', () => {
  it('keeps the byte-order mark and counts records outside quoted line breaks', async () => {
    const encoder = new TextEncoder();
    const csv = '\uFEFFResposta;Nome\r\n1;"João\r\nSilva"\r\n2;Ana\r\n';
    const bytes = encoder.encode(csv);
    serveExport([bytes.slice(0, 7), bytes.slice(7)], 2);
    const progress: number[] = [];
    const blob = await downloadExport('survey-1', 'pt', (done) => progress.push(done));
    expect([...(await bytesOf(blob))]).toEqual([...bytes]);
    expect([...(await bytesOf(blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(progress.at(-1)).toBe(2);
  });
});
