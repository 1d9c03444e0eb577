import { describe, expect, it } from '@jest/globals';
import { runDispatch } from '../bench/dispatch.bench.js';

// The dispatch benchmark, small: two built server instances, one killed mid-run and restarted.
describe('survey dispatch through a real SMTP server', () => {
  it('delivers one invitation to each of 300 recipients although a worker is killed mid-run', async () => {
    const result = await runDispatch({ recipients: 300, killAfter: 0.3, timeoutMs: 90_000, log: () => {} });
    expect(result.missing).toBe(0);
    expect(result.distinctRecipients).toBe(300);
    // A copy re-sent in the crash window (sent, then killed before the commit) keeps its Message-ID.
    expect(result.recipientsWithTwoDifferentMessages).toBe(0);
    expect(result.duplicatesSameMessageId).toBeLessThanOrEqual(4);
  }, 180_000);
});
