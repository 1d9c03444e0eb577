import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Message, RoomSummary } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const ROOM_ID = '8b0f5c1e-2f4d-4c6a-9e8b-7a6d5c4b3a21';
const ME = aUser({ language: 'pt' });

const room: RoomSummary = {
  id: ROOM_ID,
  kind: 'programme_item',
  title: { en: 'Social Dialogue', pt: 'Diálogo social' },
  item: { kind: 'elective_module', number: 7 },
  edition: { id: '3e1c4a02-8a5b-4c21-9f3e-2d1c0b9a8f70', code: 'SSTC-2016', timeZone: 'Europe/Rome', title: { en: '1st Academy' } },
  locked: false,
  archived: false,
  slowModeSeconds: 0,
  lastRevision: 1,
  lastActivityAt: '2026-07-16T10:00:00.000Z',
  unread: 0,
  unreadMentions: 0,
  canModerate: false,
};

const message: Message = {
  id: '0c8f7e6d-5c4b-4a3b-8c2d-1e0f9a8b7c6d',
  roomId: ROOM_ID,
  seq: 1,
  revision: 1,
  clientId: '1d9e8f7a-6b5c-4d4e-9f3a-2b1c0d9e8f7a',
  kind: 'message',
  author: { id: '2e0f9a8b-7c6d-4e5f-8a4b-3c2d1e0f9a8b', name: 'María Fernández', role: 'participant' },
  language: 'es',
  body: 'Lo que la sala dijo por última vez',
  parentId: null,
  replyCount: 0,
  mentions: [],
  reactions: [],
  createdAt: '2026-07-16T10:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  pinnedAt: null,
  hidden: null,
  openReports: 0,
};

describe('a room without a connection', () => {
  beforeEach(() => void Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false }));
  afterEach(() => void Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true }));

  it('shows the last messages this device kept, read only, says so in the reader’s language, and queues what they write', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: ME },
      'GET /api/discussions/rooms': { status: 200, body: [room] },
      [`GET /api/discussions/rooms/${ROOM_ID}/messages`]: { status: 200, body: { messages: [message], pinned: [], hasMore: false, revision: 1 } },
    });
    renderApp(`/discussions/rooms/${ROOM_ID}`, { language: 'pt' });
    const text = resources.pt;

    expect((await screen.findByTestId('room-offline-copy', {}, { timeout: 5000 })).textContent).toBe(
      `${text.discussions.room.offline_copy.title} ${text.discussions.room.offline_copy.body}`,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Diálogo social');
    const kept = within(screen.getByTestId('message-list')).getByTestId('message');
    expect(kept.textContent).toContain('Lo que la sala dijo por última vez');
    // Read only: no actions on messages without the server.
    expect(within(kept).queryByText(text.discussions.actions.more)).toBeNull();
    // The app-wide banner says it too.
    expect(screen.getByTestId('offline-banner').textContent).toBe(`${text.common.offline.title} ${text.common.offline.body}`);

    const composer = within(screen.getByTestId('composer')).getByRole('textbox');
    fireEvent.change(composer, { target: { value: 'Escrito sem ligação' } });
    fireEvent.keyDown(composer, { key: 'Enter' });
    expect((await screen.findByTestId('pending-message')).textContent).toContain('Escrito sem ligação');
    expect(localStorage.getItem(`sstc.outbox.${ME.id}`)).toContain('Escrito sem ligação');
  });

  it('keeps the pinned messages at the top of the copy', async () => {
    const rule: Message = {
      ...message,
      id: '3f1a0b9c-8d7e-4f6a-9b5c-4d3e2f1a0b9c',
      seq: 2,
      body: 'Regras da sala: respeito',
      pinnedAt: '2026-07-16T11:00:00.000Z',
    };
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: ME },
      'GET /api/discussions/rooms': { status: 200, body: [room] },
      [`GET /api/discussions/rooms/${ROOM_ID}/messages`]: {
        status: 200,
        body: { messages: [rule, message], pinned: [rule], hasMore: false, revision: 2 },
      },
    });
    renderApp(`/discussions/rooms/${ROOM_ID}`, { language: 'pt' });
    await screen.findByTestId('room-offline-copy', {}, { timeout: 5000 });
    const pinned = screen.getByRole('region', { name: resources.pt.discussions.room.pinned });
    expect(within(pinned).getByTestId('message').textContent).toContain('Regras da sala: respeito');
    // Shown once: in the pinned section, not again in the list.
    expect(within(screen.getByTestId('message-list')).getAllByTestId('message')).toHaveLength(1);
  });

  it('says that the room is not on this device when it was never opened', async () => {
    installFakeServer({ 'GET /api/auth/me': { status: 200, body: ME }, 'GET /api/discussions/rooms': { status: 200, body: [] } });
    renderApp(`/discussions/rooms/${ROOM_ID}`, { language: 'pt' });
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toBe(resources.pt.common.failure.network);
  });
});
