import { TextDecoder, TextEncoder } from 'node:util';
import { afterEach } from '@jest/globals';
import { cleanup, configure } from '@testing-library/react';

// Pages load lazily; on a busy machine (CI, shared cores) the first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these; react-router needs them when it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder });

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});
