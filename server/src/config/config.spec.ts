import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('gives sensible defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, PUBLIC_URL: 'http://localhost:3000', SEED_DEMO: true, ALLOWED_ORIGINS: ['http://localhost:3000'] });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ REDIS_URL: '', PORT: '' });
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('names every bad variable in one clear message', () => {
    const load = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'not a url' });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow('PORT');
    expect(load).toThrow('DATABASE_URL: must start with postgres: or postgresql:');
    expect(load).toThrow('SMTP_URL');
  });

  it('allows the public origin and the extra origins for websockets and writes', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://academy.example.org/', ALLOWED_ORIGINS: 'http://localhost:5173, https://other.example.org' });
    expect(config.PUBLIC_URL).toBe('https://academy.example.org');
    expect(config.ALLOWED_ORIGINS).toEqual(['https://academy.example.org', 'http://localhost:5173', 'https://other.example.org']);
  });

  it('trusts no proxy by default, and reads TRUST_PROXY as a boolean, a number of proxies or their addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 172.18.0.5' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '172.18.0.5',
    ]);
  });

  it('refuses a TRUST_PROXY that is neither a boolean, a number nor addresses', () => {
    for (const bad of ['yes', '10.0.0.0/33', 'proxy.example.org', '10.0.0.1/8/2'])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY: must be false, true, a number of proxies/);
  });
});
