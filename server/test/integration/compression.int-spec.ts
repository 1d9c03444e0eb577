import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// Slow mobile links pay per byte: the API's JSON travels compressed when the caller accepts it.
describe('API compression', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const docs = (acceptEncoding: string) => fetch(`${t.url}/api/docs-json`, { headers: { 'accept-encoding': acceptEncoding } });

  it('compresses a large JSON answer with brotli or gzip as the caller prefers, and says it varies', async () => {
    const brotli = await docs('gzip, br');
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const body = (await brotli.json()) as { openapi: string };
    expect(body.openapi).toMatch(/^3\./);
    const gzip = await docs('gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(((await gzip.json()) as { openapi: string }).openapi).toBe(body.openapi);
  });

  it('sends JSON uncompressed to a caller that does not accept compression, and small answers as they are', async () => {
    const plain = await docs('identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    await plain.arrayBuffer();
    const small = await fetch(`${t.url}/api/auth/me`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(small.status).toBe(401);
    expect(small.headers.get('content-encoding')).toBeNull();
  });
});
