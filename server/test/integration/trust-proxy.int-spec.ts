import { afterEach, describe, expect, it } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { createApp } from '../../src/app.factory.js';
import { freePort } from '../../src/common/net/free-port.js';
import { loadConfig } from '../../src/config/config.js';
import { createTestDatabase } from '../setup/test-database.js';

// Behind the reverse proxy of docker-compose.yml, the peer of every request is the proxy: the
// client's address (what sign-in throttling counts by) is the one the proxy adds to X-Forwarded-For.

describe('the client address behind a reverse proxy (TRUST_PROXY)', () => {
  const apps: NestExpressApplication[] = [];
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((app) => app.close()));
  });

  /** The app as createApp builds it, with one probe route that answers the address Express settled on. */
  async function start(env: Record<string, string>): Promise<string> {
    const [databaseUrl, port] = await Promise.all([createTestDatabase(), freePort()]);
    const settings = loadConfig({ ...process.env, SEED_DEMO: 'false', REDIS_URL: '', DATABASE_URL: databaseUrl, PORT: String(port), ...env });
    const app = await createApp({ ...settings, DATABASE_URL: databaseUrl });
    apps.push(app);
    app.use('/api/test-probe/ip', (request: Request, response: Response) => response.json({ ip: request.ip }));
    await app.listen(port, '127.0.0.1');
    return `http://127.0.0.1:${port}`;
  }

  const ipSeen = async (url: string, forwardedFor?: string) =>
    ((await (await fetch(`${url}/api/test-probe/ip`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })).json()) as { ip: string })
      .ip;

  it('takes the peer as the client by default, whatever X-Forwarded-For claims', async () => {
    const url = await start({});
    expect(await ipSeen(url, '203.0.113.7')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('takes the address the one trusted proxy saw with TRUST_PROXY=1, not what the client claimed before it', async () => {
    const url = await start({ TRUST_PROXY: '1' });
    expect(await ipSeen(url, '203.0.113.7')).toBe('203.0.113.7');
    // A client forging the header gets its forged value pushed left; the proxy appends the real one.
    expect(await ipSeen(url, '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    expect(await ipSeen(url)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('trusts the listed proxy addresses only', async () => {
    const url = await start({ TRUST_PROXY: 'loopback' });
    expect(await ipSeen(url, '198.51.100.1, 203.0.113.7')).toBe('203.0.113.7');
    const elsewhere = await start({ TRUST_PROXY: '10.0.0.0/8' });
    expect(await ipSeen(elsewhere, '203.0.113.7')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });
});
