import { Logger } from '@nestjs/common';
import { createClient } from 'redis';

/** A token bucket per key: `burst` tokens, refilled at `rate` a second. */
export interface RateLimit {
  rate: number;
  burst: number;
}

/**
 * Takes one token for `key`; answers 0 when granted, else the seconds to wait. Counters live in
 * Redis when REDIS_URL is set, so the limit holds across instances; otherwise in this process,
 * which is exact for the single instance that runs without Redis.
 */
export abstract class RateLimiter {
  abstract take(key: string, limit: RateLimit): Promise<number>;
  async close(): Promise<void> {}
}

export class MemoryRateLimiter extends RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** The clock, in milliseconds; tests drive it so that a slow machine does not refill the buckets. */
  constructor(public now: () => number = () => performance.timeOrigin + performance.now()) {
    super();
  }

  take(key: string, { rate, burst }: RateLimit): Promise<number> {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    let wait = 0;
    if (bucket.tokens >= 1) bucket.tokens -= 1;
    else wait = Math.ceil((1 - bucket.tokens) / rate);
    this.buckets.set(key, bucket);
    if (this.buckets.size > 10_000) this.prune(now, rate, burst);
    return Promise.resolve(wait);
  }

  /** Full buckets hold nothing worth keeping. */
  private prune(now: number, rate: number, burst: number): void {
    for (const [key, bucket] of this.buckets) if (bucket.tokens + ((now - bucket.at) / 1000) * rate >= burst) this.buckets.delete(key);
  }
}

// Atomic in Redis; TIME is Redis's own clock, the same for every instance.
const TOKEN_BUCKET = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - at) / 1000 * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return wait`;

export class RedisRateLimiter extends RateLimiter {
  private readonly logger = new Logger('RateLimiter');
  private readonly client: ReturnType<typeof createClient>;
  private readonly fallback = new MemoryRateLimiter();

  constructor(url: string) {
    super();
    this.client = createClient({ url });
    this.client.on('error', (error: unknown) => this.logger.warn(String(error)));
  }

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async take(key: string, limit: RateLimit): Promise<number> {
    try {
      return Number(await this.client.eval(TOKEN_BUCKET, { keys: [`sstc:rate:${key}`], arguments: [String(limit.rate), String(limit.burst)] }));
    } catch (error) {
      // Redis away: keep limiting in this process rather than refusing every message.
      this.logger.warn(`rate limit in process: ${String(error)}`);
      return this.fallback.take(key, limit);
    }
  }

  override async close(): Promise<void> {
    await this.client.quit().catch(() => undefined);
  }
}
