import { TextDecoder, TextEncoder } from 'node:util';
import { afterEach } from '@jest/globals';
import { cleanup, configure } from '@testing-library/react';

// The first test of a file also compiles its lazily loaded page; on a busy machine (server suites
// run beside these) that can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks these; react-router needs them when it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder });

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});
