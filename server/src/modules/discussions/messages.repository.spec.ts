import { describe, expect, it } from '@jest/globals';
import { differsForModerators, toMessage } from './messages.repository.js';
import { messageRow as row } from '../../../test/factories/message-rows.js';
import { excerptOf } from '../notifications/notifications.service.js';

describe('message views', () => {
  it('shows members a hidden message without its text, reactions, mentions or reason', () => {
    const hidden = row({
      hidden_at: new Date(),
      hidden_reason: 'Off topic',
      hidden_by: '00000000-0000-4000-8000-000000000009',
      hidden_by_name: 'Fatou',
      hidden_by_role: 'facilitator',
      open_reports: 2,
    });
    expect(toMessage(hidden, { moderator: false })).toMatchObject({
      body: null,
      reactions: [],
      mentions: [],
      hidden: { reason: null, by: null },
      openReports: 0,
    });
    expect(toMessage(hidden, { moderator: true })).toMatchObject({
      body: hidden.body,
      hidden: { reason: 'Off topic', by: { name: 'Fatou' } },
      openReports: 2,
    });
    expect(differsForModerators(hidden)).toBe(true);
  });

  it('gives one view to everyone for an ordinary message', () => {
    expect(differsForModerators(row())).toBe(false);
    expect(toMessage(row(), { moderator: false })).toEqual(toMessage(row(), { moderator: true }));
    expect(toMessage(row(), { moderator: false }).reactions).toEqual([{ emoji: '👍', count: 1, userIds: ['00000000-0000-4000-8000-000000000005'] }]);
  });

  it('keeps a deleted text for moderators only', () => {
    const deleted = row({ deleted_at: new Date() });
    expect(toMessage(deleted, { moderator: false }).body).toBeNull();
    expect(toMessage(deleted, { moderator: true }).body).toBe(deleted.body);
  });

  it("keeps a hidden announcement's versions from members, and gives other kinds none", () => {
    const versions = [{ language: 'pt' as const, body: 'Olá', machineDraft: true }];
    const hidden = row({ kind: 'announcement', versions, hidden_at: new Date() });
    expect(toMessage(hidden, { moderator: false }).versions).toEqual([]);
    expect(toMessage(hidden, { moderator: true }).versions).toEqual(versions);
    expect(toMessage(row({ kind: 'announcement', versions }), { moderator: false }).versions).toEqual(versions);
    expect(toMessage(row(), { moderator: false })).not.toHaveProperty('versions');
  });

  it('makes plain excerpts for notifications and emails', () => {
    expect(excerptOf('**Hola** @[Bruno](00000000-0000-4000-8000-000000000005),\n\n> mira `esto`')).toBe('Hola @Bruno, mira esto');
    expect(excerptOf('x'.repeat(300))).toHaveLength(200);
  });
});
