import { describe, expect, it } from '@jest/globals';
import { waitFor } from '@testing-library/react';
import { installFakeServer } from '../../../test/fake-server.js';
import { flushPendingProgressWhenOnline, hasPendingProgress, PROGRESS_QUEUE_KEY } from './pending-progress.js';

const UNIT = '1a1f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d01';
const route = `PUT /api/learning/units/${UNIT}/progress`;

describe('progress waiting on the device', () => {
  it('is sent at app start, without waiting for a unit to be opened', async () => {
    localStorage.setItem(PROGRESS_QUEUE_KEY, JSON.stringify([{ unitId: UNIT, completed: true, at: '2016-02-02T10:00:00.000Z' }]));
    const server = installFakeServer({
      [route]: { status: 200, body: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: '2016-02-02T10:00:00.000Z' } },
    });
    expect(hasPendingProgress()).toBe(true);
    flushPendingProgressWhenOnline();
    await waitFor(() => expect(hasPendingProgress()).toBe(false));
    expect(server.requestsTo(route)).toHaveLength(1);
  });

  it('is sent when the connection returns', async () => {
    let online = false;
    const server = installFakeServer({
      [route]: () => {
        if (!online) throw new TypeError('offline');
        return { status: 200, body: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: null } };
      },
    });
    localStorage.setItem(PROGRESS_QUEUE_KEY, JSON.stringify([{ unitId: UNIT, completed: false, at: '2016-02-02T10:00:00.000Z' }]));
    flushPendingProgressWhenOnline();
    await waitFor(() => expect(server.requestsTo(route).length).toBeGreaterThan(0));
    expect(hasPendingProgress()).toBe(true);
    online = true;
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(hasPendingProgress()).toBe(false));
  });
});
