import { describe, expect, it } from '@jest/globals';
import type { Request, Response } from 'express';
import { memoizeWithinReads, onceWithinRead } from './read-memo.js';

/** Runs `handler` as the route behind the middleware would, for a request of this method. */
function handle<T>(method: string, handler: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    memoizeWithinReads({ method } as Request, {} as Response, () => void handler().then(resolve, reject));
  });
}

describe('loads shared within one read request', () => {
  it('loads a key once per GET request, across awaits, and again in the next request', async () => {
    let loads = 0;
    const load = () => onceWithinRead('edition:1', async () => ++loads);
    const read = () =>
      handle('GET', async () => {
        const first = await load();
        await new Promise((resolve) => setImmediate(resolve));
        const [second, third] = await Promise.all([load(), load()]);
        return [first, second, third];
      });

    expect(await read()).toEqual([1, 1, 1]);
    expect(await read()).toEqual([2, 2, 2]);
  });

  it('keeps keys apart, and shares a failure within the request', async () => {
    let loads = 0;
    const result = await handle('GET', async () => {
      const a = await onceWithinRead('enrolment:a', async () => ++loads);
      const b = await onceWithinRead('enrolment:b', async () => ++loads);
      const failures = await Promise.allSettled(
        [0, 1].map(() => onceWithinRead('edition:gone', async () => Promise.reject(new Error(`gone ${++loads}`)))),
      );
      return { a, b, failures: failures.map((failure) => (failure.status === 'rejected' ? (failure.reason as Error).message : 'loaded')) };
    });
    expect(result).toEqual({ a: 1, b: 2, failures: ['gone 3', 'gone 3'] });
  });

  it('loads every time in a write, and outside any request', async () => {
    let loads = 0;
    const twice = async () => [await onceWithinRead('edition:1', async () => ++loads), await onceWithinRead('edition:1', async () => ++loads)];
    expect(await handle('POST', twice)).toEqual([1, 2]);
    expect(await twice()).toEqual([3, 4]);
  });
});
