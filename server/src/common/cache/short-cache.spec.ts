import { describe, expect, it, jest } from '@jest/globals';
import { ShortCache } from './short-cache.js';

describe('ShortCache', () => {
  it('loads a key once while it is fresh, again once it is forgotten or stale', async () => {
    jest.useFakeTimers({ now: 0 });
    try {
      const cache = new ShortCache<number>(5_000);
      let loads = 0;
      const load = () => Promise.resolve(++loads);
      expect(await Promise.all([cache.get('a', load), cache.get('a', load)])).toEqual([1, 1]);
      expect(await cache.get('b', load)).toBe(2);
      cache.forget('a');
      expect(await cache.get('a', load)).toBe(3);
      jest.setSystemTime(5_001);
      expect(await cache.get('a', load)).toBe(4);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps no failed load', async () => {
    const cache = new ShortCache<string>(5_000);
    await expect(cache.get('a', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('a', () => Promise.resolve('back'))).toBe('back');
  });
});
