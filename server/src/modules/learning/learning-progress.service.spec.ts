import { describe, expect, it } from '@jest/globals';
import { statusOf } from './learning-progress.service.js';

describe('statusOf', () => {
  it('calls a participant behind only once they started and are below where the calendar says', () => {
    expect(statusOf(0, 0, 4, 0, 50)).toBe('not_started');
    expect(statusOf(2, 1, 4, 25, 50)).toBe('behind');
    expect(statusOf(2, 2, 4, 50, 50)).toBe('on_track');
    expect(statusOf(4, 4, 4, 100, 100)).toBe('completed');
    expect(statusOf(0, 0, 0, 0, 100)).toBe('not_started');
  });
});
