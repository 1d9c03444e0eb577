import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

const memos = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

/**
 * Opens a memo for each GET or HEAD request. A page's read asks several features (the home asks
 * electives, the package, the agenda, coaching, certificates...) and each checks the same edition and
 * the same enrolment: within one read they load it once. Writes get no memo: what a write changes
 * must be read again.
 */
export function memoizeWithinReads(request: Request, _response: Response, next: NextFunction): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return next();
  memos.run(new Map(), next);
}

/**
 * What `load` answers for `key`, loaded once within the current read request (a failure too: the
 * same not-found for everyone who asks). Outside one (writes, jobs, sockets) it loads every time.
 * Only for plain reads outside a transaction; the answer is shared, so callers must not change it.
 */
export function onceWithinRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const memo = memos.getStore();
  if (!memo) return load();
  let answer = memo.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = load();
    memo.set(key, answer);
  }
  return answer;
}
