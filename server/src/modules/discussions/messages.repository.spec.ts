import { describe, expect, it } from '@jest/globals';
import { differsForModerators, toMessage, type MessageRow } from './messages.repository.js';
import { excerptOf } from '../notifications/notifications.service.js';

const row = (overrides: Partial<MessageRow> = {}): MessageRow => ({
  id: '00000000-0000-4000-8000-000000000001',
  room_id: '00000000-0000-4000-8000-000000000002',
  seq: 4,
  revision: 7,
  client_id: '00000000-0000-4000-8000-000000000003',
  kind: 'message',
  author_id: '00000000-0000-4000-8000-000000000004',
  author_name: 'Ana',
  author_role: 'participant',
  language: 'es',
  body: 'Hola @[Bruno](00000000-0000-4000-8000-000000000005)',
  parent_id: null,
  reply_count: 0,
  mentions: ['00000000-0000-4000-8000-000000000005'],
  created_at: new Date('2026-07-16T10:00:00Z'),
  edited_at: null,
  deleted_at: null,
  pinned_at: null,
  hidden_at: null,
  hidden_reason: null,
  hidden_by: null,
  hidden_by_name: null,
  hidden_by_role: null,
  reactions: [{ emoji: '👍', userIds: ['00000000-0000-4000-8000-000000000005'] }],
  open_reports: 0,
  versions: [],
  ...overrides,
});

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
