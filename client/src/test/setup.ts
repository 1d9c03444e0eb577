import { TextDecoder, TextEncoder } from 'node:util';
import { afterEach } from '@jest/globals';
import { cleanup, configure } from '@testing-library/react';

// Pages load lazily; on a busy machine (CI, shared cores) the first render can take over a second.
configure({ asyncUtilTimeout: 15_000 });

// jsdom lacks these; react-router needs them when it loads (and the survey editor copies its draft with structuredClone).
Object.assign(globalThis, { TextEncoder, TextDecoder });
if (typeof globalThis.structuredClone !== 'function') globalThis.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// Lazy pages are compiled on first import; on a busy two-core machine that can take longer than
// testing-library's default one second, which made the first test of a file flaky.
configure({ asyncUtilTimeout: 15_000 });

// The app loads the contracts (and zod) only in the pages whose forms check with them; in a test
// that first load would be compiled inside a findBy wait. Loaded once here instead.
await import('@sstc/shared');

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});
