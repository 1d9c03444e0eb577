import { describe, expect, it } from '@jest/globals';
import { messageRow } from '../../../test/factories/message-rows.js';
import { until } from '../../../test/setup/until.js';
import type { RealtimeService } from '../realtime/realtime.service.js';
import { consecutiveRuns, DiscussionsEmitter } from './discussions.emitter.js';

const ROOM = '00000000-0000-4000-8000-000000000002';
const rowAt = (revision: number) => messageRow({ id: `00000000-0000-4000-8000-00000000010${revision}`, seq: revision, revision });
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** What the emitter hands to socket.io, recorded. */
function recordingEmitter() {
  const sent: { at: number; channel: string; event: string; payload: { fromRevision: number; revision: number; messages: { seq: number }[] } }[] = [];
  const realtime = {
    toRoom: (channel: string, event: string, payload: never) => sent.push({ at: performance.now(), channel, event, payload }),
    toRoomExcept: (channel: string, _except: string, event: string, payload: never) => sent.push({ at: performance.now(), channel, event, payload }),
  } as unknown as RealtimeService;
  return { emitter: new DiscussionsEmitter(realtime), sent };
}

describe('room changes sent to readers', () => {
  it('sends the changes of one turn together, in revision order, as one run per unbroken stretch', async () => {
    const { emitter, sent } = recordingEmitter();
    emitter.changes(ROOM, 6, [rowAt(6)]);
    emitter.changes(ROOM, 5, [rowAt(5)]);
    emitter.changes(ROOM, 8, [rowAt(8)]);
    expect(sent).toEqual([]);

    await nextTurn();
    expect(sent.map(({ payload }) => [payload.fromRevision, payload.revision, payload.messages.map((m) => m.seq)])).toEqual([
      [5, 6, [5, 6]],
      [8, 8, [8]],
    ]);
  });

  it('leaves a room at least 10 ms between two frames, gathering what comes meanwhile', async () => {
    const { emitter, sent } = recordingEmitter();
    emitter.changes(ROOM, 5, [rowAt(5)]);
    await until(() => sent.length === 1);
    emitter.changes(ROOM, 6, [rowAt(6)]);
    emitter.changes(ROOM, 7, [rowAt(7)]);
    await until(() => sent.length === 2);

    expect(sent.map(({ payload }) => [payload.fromRevision, payload.revision])).toEqual([
      [5, 5],
      [6, 7],
    ]);
    expect(sent[1]!.at - sent[0]!.at).toBeGreaterThanOrEqual(9); // timers round to the millisecond
  });

  it('cuts runs where a revision is missing and keeps repeated revisions together', () => {
    const runs = consecutiveRuns([9, 3, 4, 4, 6, 7].map((revision) => ({ revision, rows: [rowAt(revision)] })));
    expect(runs.map((run) => [run.fromRevision, run.revision, run.rows.length])).toEqual([
      [3, 4, 3],
      [6, 7, 2],
      [9, 9, 1],
    ]);
  });
});
