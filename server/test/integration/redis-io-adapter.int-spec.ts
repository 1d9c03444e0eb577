import { describe, expect, it } from '@jest/globals';
import { createClient } from 'redis';
import { safePublisher } from '../../src/modules/realtime/redis-io.adapter.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the Redis publisher of the socket.io adapter', () => {
  it('answers a publish after the client closed instead of rejecting (the adapter does not await it: a rejection would end the process)', async () => {
    const publisher = safePublisher(createClient({ url: REDIS_URL }));
    await publisher.connect();
    expect(await publisher.publish('sstc-test', 'while open')).toBeGreaterThanOrEqual(0);
    await publisher.quit();
    await expect(publisher.publish('sstc-test', 'after close')).resolves.toBe(0);
  });
});
