import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's root (where tsconfig.base.json is), from sources and from the build alike. */
export const PROJECT_ROOT = findUp(path.dirname(fileURLToPath(import.meta.url)), 'tsconfig.base.json');

const urlOf = (...protocols: string[]) =>
  z.url().refine((value) => protocols.some((p) => value.startsWith(`${p}:`)), { message: `must start with ${protocols.join(': or ')}:` });

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: urlOf('postgres', 'postgresql').optional(),
  REDIS_URL: urlOf('redis', 'rediss').optional(),
  SMTP_URL: urlOf('smtp', 'smtps').optional(),
  MAIL_FROM: z.string().default('SSTC Academy <academy@localhost>'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default(path.join(PROJECT_ROOT, '.data')),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  /** Origins allowed to open a websocket; PUBLIC_URL's origin is always allowed. */
  ALLOWED_ORIGINS: z.string().default(''),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  TRUST_PROXY: z.string().default('false').refine(isTrustProxy, {
    message: 'must be false, true, a number of proxies, or comma-separated addresses/subnets (loopback, uniquelocal, 10.0.0.0/8, …)',
  }),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** A LibreTranslate server; unset: no translation anywhere. */
  TRANSLATION_URL: urlOf('http', 'https').optional(),
  TRANSLATION_API_KEY: z.string().optional(),
  /** Longest wait for one engine call, in milliseconds. */
  TRANSLATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(8_000),
  /** Engine calls in flight at once from one server. */
  TRANSLATION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** Messages one reader may have translated per minute. */
  TRANSLATION_READER_RATE: z.coerce.number().int().min(1).max(10_000).default(60),
  /** After the engine failed, how long the circuit stays open before one call tries it again. */
  TRANSLATION_RETRY_AFTER_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
});

export type Config = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL' | 'ALLOWED_ORIGINS' | 'SEED_DEMO' | 'TRUST_PROXY'> & {
  PUBLIC_URL: string;
  ALLOWED_ORIGINS: string[];
  SEED_DEMO: boolean;
  /** Express's `trust proxy`: which peers' X-Forwarded-For to believe for the client's address. */
  TRUST_PROXY: boolean | number | string[];
  DATABASE_URL: string;
};

export class ConfigError extends Error {}

/** Reads and validates the environment; throws one message that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Omit<Config, 'DATABASE_URL'> & { DATABASE_URL?: string } {
  // An empty variable (FOO= in a compose file) means "not set".
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee the README's Configuration section.`);
  }
  const config = parsed.data;
  const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
  return {
    ...config,
    PUBLIC_URL: publicUrl,
    SEED_DEMO: config.SEED_DEMO === 'true',
    TRUST_PROXY: trustProxy(config.TRUST_PROXY),
    ALLOWED_ORIGINS: [
      new URL(publicUrl).origin,
      ...config.ALLOWED_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ],
  };
}

export const CONFIG = Symbol('CONFIG');

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** false (the default: the peer is the client), true (any peer), a number of proxies in front, or the proxies' addresses. */
function trustProxy(value: string): boolean | number | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}

function isTrustProxy(value: string): boolean {
  const parsed = trustProxy(value);
  if (!Array.isArray(parsed)) return true;
  return parsed.every((entry) => {
    if (PROXY_NAMES.includes(entry)) return true;
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address ?? '');
    if (!version || rest.length) return false;
    return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
  });
}

function findUp(dir: string, marker: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, marker))) return current;
    if (path.dirname(current) === current) return process.cwd();
  }
}
