import { describe, expect, it } from '@jest/globals';
import { installFakeServer } from '../../../test/fake-server.js';
import { flushProgress, pendingProgress, recordProgress } from './progress-queue.js';

const UNIT = '1a1f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d01';
const route = `PUT /api/learning/units/${UNIT}/progress`;

describe('offline progress queue', () => {
  it('keeps one entry per unit with the first time, and never downgrades a completion to an opening', async () => {
    installFakeServer({
      [route]: () => {
        throw new TypeError('offline');
      },
    });
    await recordProgress(UNIT, false, new Date('2016-02-02T10:00:00Z'));
    await recordProgress(UNIT, true, new Date('2016-02-02T10:05:00Z'));
    await recordProgress(UNIT, false, new Date('2016-02-02T10:09:00Z'));
    expect(pendingProgress()).toEqual([{ unitId: UNIT, completed: true, at: '2016-02-02T10:00:00.000Z' }]);
  });

  it('survives a reload (stored on the device) and is emptied by a successful flush', async () => {
    localStorage.setItem('sstc.learning.progress-queue', JSON.stringify([{ unitId: UNIT, completed: true, at: '2016-02-02T10:00:00.000Z' }]));
    const server = installFakeServer({
      [route]: { status: 200, body: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: '2016-02-02T10:00:00.000Z' } },
    });
    await flushProgress();
    expect(server.requestsTo(route).map((r) => r.body)).toEqual([{ completed: true, at: '2016-02-02T10:00:00.000Z' }]);
    expect(pendingProgress()).toEqual([]);
  });

  it('keeps entries the server could not take for now, and drops those it refuses for good', async () => {
    installFakeServer({ [route]: { status: 503, body: { code: 'internal_error', message: '', requestId: 'r' } } });
    await recordProgress(UNIT, true);
    expect(pendingProgress()).toHaveLength(1);
    installFakeServer({ [route]: { status: 403, body: { code: 'forbidden', message: '', requestId: 'r' } } });
    await flushProgress();
    expect(pendingProgress()).toEqual([]);
  });

  it('sends a completion recorded while an earlier write is still on its way', async () => {
    const server = installFakeServer({ [route]: { status: 200, body: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: null } } });
    const opening = recordProgress(UNIT, false);
    const completion = recordProgress(UNIT, true);
    await Promise.all([opening, completion]);
    expect(server.requestsTo(route).at(-1)!.body).toEqual({ completed: true, at: expect.any(String) });
    expect(pendingProgress()).toEqual([]);
  });
});
