import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { isChunkLoadError, reloadOnceForNewVersion } from './chunk-reload.js';

describe('reload after a deploy', () => {
  afterEach(() => {
    sessionStorage.clear();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
  });

  it('reloads once when a chunk is missing, not again within a minute, and again later', () => {
    const reload = jest.fn();
    expect(reloadOnceForNewVersion(1_000_000, reload)).toBe(true);
    expect(reloadOnceForNewVersion(1_030_000, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnceForNewVersion(1_061_000, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload offline, where a reload cannot bring anything', () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const reload = jest.fn();
    expect(reloadOnceForNewVersion(1_000_000, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });

  it('recognizes the failed dynamic imports of Chromium, Firefox and Safari', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: https://x/assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Something else'))).toBe(false);
  });
});
