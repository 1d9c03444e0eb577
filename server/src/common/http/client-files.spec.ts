import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import helmet from 'helmet';
import express from 'express';
import { clientFiles, IMMUTABLE } from './client-files.js';

// A built client in miniature: each compressed copy says which one it is once decoded.
describe('clientFiles', () => {
  let root: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'client-files-'));
    mkdirSync(path.join(root, 'assets'));
    const write = (name: string, text: string, copies = true) => {
      writeFileSync(path.join(root, name), text);
      if (!copies) return;
      writeFileSync(path.join(root, `${name}.br`), brotliCompressSync(`${text} (br)`));
      writeFileSync(path.join(root, `${name}.gz`), gzipSync(`${text} (gzip)`));
    };
    write('assets/index-abc123.js', 'entry');
    write('index.html', '<!doctype html>');
    write('sw.js', 'worker');
    write('favicon.ico', 'icon', false);
    const app = express();
    app.use(helmet());
    app.use(clientFiles(root));
    app.get('/api/ping', (_request, response) => void response.json({ ok: true }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (pathname: string, acceptEncoding: string, method = 'GET') =>
    fetch(`${base}${pathname}`, { method, headers: { 'accept-encoding': acceptEncoding } });

  it('sends the brotli copy of a hashed asset to a browser that accepts it, immutable for a year', async () => {
    const response = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(await response.text()).toBe('entry (br)');
  });

  it('keeps the headers only documents read off hashed scripts, and on pages', async () => {
    const script = await get('/assets/index-abc123.js', 'br');
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(script.headers.get('x-frame-options')).toBeNull();
    expect(script.headers.get('last-modified')).toBeNull();
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    const page = await get('/', 'br');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('last-modified')).not.toBeNull();
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gzip = await get('/assets/index-abc123.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe('entry (gzip)');
    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await plain.text()).toBe('entry');
  });

  it('honours the browser preference when it rates gzip above brotli', async () => {
    const response = await get('/assets/index-abc123.js', 'br;q=0.5, gzip;q=1');
    expect(await response.text()).toBe('entry (gzip)');
  });

  it('serves index.html and the service worker with no-cache, and index.html for client routes', async () => {
    for (const pathname of ['/', '/index.html', '/editions/42/learning', '/sw.js']) {
      const response = await get(pathname, 'br');
      expect({ pathname, cacheControl: response.headers.get('cache-control'), encoding: response.headers.get('content-encoding') }).toEqual({
        pathname,
        cacheControl: 'no-cache',
        encoding: 'br',
      });
    }
    expect(await (await get('/editions/42/learning', 'gzip')).text()).toBe('<!doctype html> (gzip)');
    expect((await get('/editions/42', 'gzip')).headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('sends a file without compressed copies as it is, and answers HEAD', async () => {
    const icon = await get('/favicon.ico', 'br, gzip');
    expect(icon.headers.get('content-encoding')).toBeNull();
    expect(await icon.text()).toBe('icon');
    const head = await get('/assets/index-abc123.js', 'br', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
  });

  it('leaves the API alone and never leaves its folder', async () => {
    expect(await (await get('/api/ping', 'br')).json()).toEqual({ ok: true });
    const climbing = await get('/assets/..%2f..%2f..%2fetc%2fpasswd', 'identity');
    expect(await climbing.text()).toBe('<!doctype html>');
    expect((await get('/%E0%A4%A', 'identity')).status).toBe(200);
  });
});
