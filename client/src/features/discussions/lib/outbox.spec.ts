import { beforeEach, describe, expect, it } from '@jest/globals';
import { Outbox, isFinal } from './outbox.js';

describe('outbox', () => {
  beforeEach(() => localStorage.clear());

  it('keeps pending messages across a reload until they are acknowledged', () => {
    const outbox = new Outbox('sstc.outbox.test');
    outbox.add({ clientId: 'c1', roomId: 'r1', body: 'Hola', parentId: null, kind: 'message' });
    outbox.add({ clientId: 'c2', roomId: 'r2', body: 'Olá', parentId: null, kind: 'message' });
    const reloaded = new Outbox('sstc.outbox.test');
    expect(reloaded.forRoom('r1').map((m) => m.body)).toEqual(['Hola']);
    reloaded.remove('c1');
    expect(new Outbox('sstc.outbox.test').all().map((m) => m.clientId)).toEqual(['c2']);
  });

  it('tells listeners about every change', () => {
    const outbox = new Outbox('sstc.outbox.test');
    let calls = 0;
    const stop = outbox.subscribe(() => calls++);
    outbox.add({ clientId: 'c1', roomId: 'r1', body: 'x', parentId: null, kind: 'message' });
    outbox.update('c1', { notBefore: 5 });
    stop();
    outbox.remove('c1');
    expect(calls).toBe(2);
  });

  it('survives a corrupted store', () => {
    localStorage.setItem('sstc.outbox.test', '{not json');
    expect(new Outbox('sstc.outbox.test').all()).toEqual([]);
  });

  it('retries rate limits and server trouble, not refusals', () => {
    expect(isFinal({ code: 'message_rate_limited', message: '' })).toBe(false);
    expect(isFinal({ code: 'internal_error', message: '' })).toBe(false);
    expect(isFinal({ code: 'room_locked', message: '' })).toBe(true);
  });
});
