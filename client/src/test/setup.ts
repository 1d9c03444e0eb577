import { TextDecoder, TextEncoder } from 'node:util';
import { afterEach } from '@jest/globals';
import { cleanup } from '@testing-library/react';

// jsdom lacks these; react-router needs them when it loads.
Object.assign(globalThis, { TextEncoder, TextDecoder });

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
});
