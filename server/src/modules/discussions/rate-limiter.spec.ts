import { describe, expect, it } from '@jest/globals';
import { MemoryRateLimiter } from './rate-limiter.js';

describe('MemoryRateLimiter', () => {
  const limit = { rate: 3, burst: 6 };

  it('grants a burst, then asks to wait, then refills at the rate', async () => {
    let now = 1_000_000;
    const limiter = new MemoryRateLimiter(() => now);
    const first = await Promise.all(Array.from({ length: 6 }, () => limiter.take('send:a', limit)));
    expect(first).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await limiter.take('send:a', limit)).toBe(1);
    now += 1_000;
    const afterOneSecond = await Promise.all(Array.from({ length: 4 }, () => limiter.take('send:a', limit)));
    expect(afterOneSecond).toEqual([0, 0, 0, 1]);
  });

  it('keeps one bucket per key', async () => {
    const now = 5_000;
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 0; i < 6; i++) await limiter.take('send:a', limit);
    expect(await limiter.take('send:a', limit)).toBeGreaterThan(0);
    expect(await limiter.take('send:b', limit)).toBe(0);
  });
});
