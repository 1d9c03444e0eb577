import { describe, expect, it } from '@jest/globals';
import type { Message } from '@sstc/shared';
import { emptyRoom, roomReducer, timeline, type RoomState } from './room-store.js';

let n = 0;
function message(overrides: Partial<Message> = {}): Message {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    roomId: 'room',
    seq: n,
    revision: n,
    clientId: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    kind: 'message',
    author: { id: 'a', name: 'Ana', role: 'participant' },
    language: 'es',
    body: `message ${n}`,
    parentId: null,
    replyCount: 0,
    mentions: [],
    reactions: [],
    createdAt: new Date().toISOString(),
    editedAt: null,
    deletedAt: null,
    pinnedAt: null,
    hidden: null,
    openReports: 0,
    ...overrides,
  };
}

const apply = (state: RoomState, ...events: Parameters<typeof roomReducer>[1][]) => events.reduce(roomReducer, state);

describe('room store', () => {
  it('advances the cursor on consecutive changes and asks to catch up after a gap', () => {
    const [a, b, c] = [message({ seq: 1, revision: 1 }), message({ seq: 2, revision: 2 }), message({ seq: 4, revision: 4 })];
    let state = apply(
      emptyRoom(),
      { type: 'page', messages: [a], hasMore: false, revision: 1 },
      { type: 'changes', messages: [b], fromRevision: 2, revision: 2 },
    );
    expect(state.cursor).toBe(2);
    expect(state.needsSync).toBe(false);
    state = roomReducer(state, { type: 'changes', messages: [c], fromRevision: 4, revision: 4 });
    expect(state.cursor).toBe(2);
    expect(state.needsSync).toBe(true);
    state = roomReducer(state, { type: 'synced', messages: [c], revision: 4 });
    expect([state.cursor, state.needsSync]).toEqual([4, false]);
    expect(timeline(state).map((m) => m.seq)).toEqual([1, 2, 4]);
  });

  it('takes consecutive changes sent together when they follow what it holds', () => {
    const [a, b, c, d] = [1, 2, 3, 4].map((n) => message({ seq: n, revision: n }));
    let state = apply(
      emptyRoom(),
      { type: 'page', messages: [a!], hasMore: false, revision: 1 },
      { type: 'changes', messages: [b!, c!], fromRevision: 2, revision: 3 },
    );
    expect([state.cursor, state.needsSync]).toEqual([3, false]);
    expect(timeline(state).map((m) => m.seq)).toEqual([1, 2, 3]);
    // A run starting beyond the next revision leaves a hole: ask the room again.
    state = roomReducer(state, { type: 'changes', messages: [d!], fromRevision: 5, revision: 6 });
    expect([state.cursor, state.needsSync]).toEqual([3, true]);
  });

  it('holds one copy per message, the newest revision, whatever the arrival order', () => {
    const first = message({ seq: 1, revision: 1, body: 'first' });
    const edited = { ...first, revision: 3, body: 'edited' };
    const state = apply(
      emptyRoom(),
      { type: 'upsert', messages: [edited] },
      { type: 'upsert', messages: [first] },
      { type: 'synced', messages: [first, edited], revision: 3 },
    );
    expect(timeline(state).map((m) => m.body)).toEqual(['edited']);
  });

  it('keeps hidden messages and deleted ones with replies as placeholders in a reader timeline', () => {
    const hidden = message({ body: null, hidden: { at: new Date().toISOString(), reason: null, by: null } });
    const deletedWithReplies = message({ body: null, deletedAt: new Date().toISOString(), replyCount: 2 });
    const deletedAlone = message({ body: null, deletedAt: new Date().toISOString() });
    const kept = message();
    const state = apply(emptyRoom(), { type: 'upsert', messages: [hidden, deletedWithReplies, deletedAlone, kept] });
    expect(timeline(state).map((m) => m.id)).toEqual([hidden.id, deletedWithReplies.id, kept.id]);
  });
});
