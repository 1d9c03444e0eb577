import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import type { CurrentUser, Language, Message } from '@sstc/shared';
import { AppProviders } from '../../../app/providers.js';
import type { AppSocket } from '../../../lib/socket.js';
import { createI18n } from '../../../lib/i18n.js';
import { createQueryClient } from '../../../lib/query-client.js';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { setSignedInUser } from '../../auth/hooks/use-auth-mutations.js';
import { Composer } from './composer.js';
import type { RoomContext } from './message-actions.js';
import { MessageItem } from './message-item.js';

const ROOM = '8b0f5c1e-2f4d-4c6a-9e8b-7a6d5c4b3a21';
const MESSAGE = '2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8e';

const announcement = (overrides: Partial<Message> = {}): Message => ({
  id: MESSAGE,
  roomId: ROOM,
  seq: 1,
  revision: 1,
  clientId: '3c4d5e6f-7081-4a1b-8c2d-3e4f5a6b7c8f',
  kind: 'announcement',
  author: { id: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', name: 'Fabienne', role: 'facilitator' },
  language: 'es',
  body: 'Mañana no hay sesión',
  parentId: null,
  replyCount: 0,
  mentions: [],
  reactions: [],
  createdAt: '2026-07-16T10:00:00.000Z',
  editedAt: null,
  deletedAt: null,
  pinnedAt: '2026-07-16T10:00:00.000Z',
  hidden: null,
  openReports: 0,
  versions: [
    { language: 'fr', body: 'Demain, pas de séance', machineDraft: false },
    { language: 'pt', body: 'Amanhã não há sessão', machineDraft: true },
  ],
  ...overrides,
});

function renderWith(
  node: (room: RoomContext) => React.ReactNode,
  { user, language, moderator = false }: { user: CurrentUser; language: Language; moderator?: boolean },
) {
  const { i18n } = createI18n(i18next, language, resources);
  const queryClient = createQueryClient(() => undefined);
  setSignedInUser(queryClient, user);
  const socket = { timeout: () => ({ emitWithAck: async () => ({ ok: true, data: null }) }), emit: () => undefined } as unknown as AppSocket;
  const room: RoomContext = { id: ROOM, socket, moderator, canPost: true, upsert: jest.fn(), onError: jest.fn() };
  render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      {node(room)}
    </AppProviders>,
  );
  return room;
}

describe('announcements in several languages', () => {
  it('shows a reader the version in their language, notes a machine draft, and keeps the original one click away', () => {
    const text = resources.pt;
    renderWith((room) => <MessageItem message={announcement()} room={room} />, { user: aUser({ language: 'pt' }), language: 'pt' });
    expect(screen.getByTestId('message-body').textContent).toBe('Amanhã não há sessão');
    expect(screen.getByTestId('machine-translation').textContent).toBe(text.common.machine_drafts.note);
    fireEvent.click(screen.getByRole('button', { name: text.discussions.translation.show_original }));
    expect(screen.getByTestId('message-body').textContent).toBe('Mañana no hay sesión');
    expect(screen.queryByTestId('machine-translation')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: text.discussions.announcement.show_version }));
    expect(screen.getByTestId('message-body').textContent).toBe('Amanhã não há sessão');
  });

  it('gives a version written by a moderator without the machine note, and no review tools to members', () => {
    renderWith((room) => <MessageItem message={announcement()} room={room} />, { user: aUser({ language: 'fr' }), language: 'fr' });
    expect(screen.getByTestId('message-body').textContent).toBe('Demain, pas de séance');
    expect(screen.queryByTestId('machine-translation')).toBeNull();
    expect(screen.queryByTestId('announcement-review')).toBeNull();
  });

  it('lets a moderator mark a draft reviewed', async () => {
    const server = installFakeServer({
      [`POST /api/discussions/messages/${MESSAGE}/versions/review`]: {
        status: 200,
        body: announcement({ revision: 2, versions: [{ language: 'pt', body: 'Amanhã não há sessão', machineDraft: false }] }),
      },
    });
    const room = renderWith((r) => <MessageItem message={announcement()} room={r} />, {
      user: aUser({ language: 'en' }),
      language: 'en',
      moderator: true,
    });
    const text = resources.en.discussions.announcement;
    expect(screen.getByText(text.review_summary_one.replace('{{count}}', '1'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: text.mark_reviewed }));
    await waitFor(() => expect(room.upsert).toHaveBeenCalled());
    expect(server.requestsTo(`POST /api/discussions/messages/${MESSAGE}/versions/review`)[0]!.body).toEqual({ language: 'pt' });
  });

  it('fills the empty languages of a new announcement with machine drafts, and sends an edited draft as written by the moderator', async () => {
    const server = installFakeServer({
      'GET /api/translation': { status: 200, body: { enabled: true, autoTranslate: false, perMinute: 60 } },
      [`POST /api/discussions/rooms/${ROOM}/announcement-drafts`]: (request) => ({
        status: 200,
        body: { versions: (request.body as { languages: Language[] }).languages.map((language) => ({ language, body: `[${language}] Hola` })) },
      }),
    });
    renderWith((room) => <Composer room={room} />, { user: aUser({ language: 'es' }), language: 'es', moderator: true });
    const text = resources.es;
    fireEvent.change(screen.getByLabelText(text.discussions.composer.kind), { target: { value: 'announcement' } });
    fireEvent.change(screen.getByLabelText(text.discussions.composer.label), { target: { value: 'Hola' } });
    fireEvent.change(screen.getByTestId('announcement-version-fr'), { target: { value: 'Bonjour' } });
    fireEvent.click(await screen.findByRole('button', { name: text.common.machine_drafts.fill }));
    await waitFor(() => expect((screen.getByTestId('announcement-version-pt') as HTMLTextAreaElement).value).toBe('[pt] Hola'));
    expect(server.requestsTo(`POST /api/discussions/rooms/${ROOM}/announcement-drafts`)[0]!.body).toEqual({
      language: 'es',
      body: 'Hola',
      languages: ['en', 'pt'],
    });
    expect((screen.getByTestId('announcement-version-fr') as HTMLTextAreaElement).value).toBe('Bonjour');
    expect(screen.getAllByText(text.discussions.announcement.machine_draft)).toHaveLength(2);
    fireEvent.change(screen.getByTestId('announcement-version-en'), { target: { value: 'Hello' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: text.discussions.composer.send }));
    });
    const sent = () =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('sstc.outbox.'))
        .flatMap((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { body: string; language?: string; versions?: unknown[] }[])
        .find((m) => m.body === 'Hola');
    await waitFor(() => expect(sent()).toBeTruthy());
    expect(sent()!.language).toBe('es');
    expect(sent()!.versions).toEqual([
      { language: 'en', body: 'Hello', machineDraft: false },
      { language: 'fr', body: 'Bonjour', machineDraft: false },
      { language: 'pt', body: '[pt] Hola', machineDraft: true },
    ]);
  });
});
