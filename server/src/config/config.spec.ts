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
});
