import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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
const ANA = { id: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', name: 'Ana Souza', role: 'participant' as const };

function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    id: '2b3c4d5e-6f70-4a1b-8c2d-3e4f5a6b7c8e',
    roomId: ROOM,
    seq: 1,
    revision: 1,
    clientId: '3c4d5e6f-7081-4a1b-8c2d-3e4f5a6b7c8f',
    kind: 'message',
    author: ANA,
    language: 'pt',
    body: 'Olá a todos',
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
    ...overrides,
  };
}

/** A socket that answers every request with `reply` and records what was asked. */
function fakeSocket(reply: (event: string, payload: unknown) => unknown = () => ({ ok: true, data: null })) {
  const sent: { event: string; payload: unknown }[] = [];
  const socket = {
    timeout: () => ({
      emitWithAck: async (event: string, payload: unknown) => {
        sent.push({ event, payload });
        return reply(event, payload);
      },
    }),
    emit: (event: string, payload: unknown) => sent.push({ event, payload }),
  } as unknown as AppSocket;
  return { socket, sent };
}

function renderWith(
  node: (room: RoomContext) => React.ReactNode,
  { user, language, moderator = false }: { user: CurrentUser; language: Language; moderator?: boolean },
) {
  const { i18n } = createI18n(i18next, language, resources);
  const queryClient = createQueryClient(() => undefined);
  setSignedInUser(queryClient, user);
  const { socket, sent } = fakeSocket();
  const room: RoomContext = { id: ROOM, socket, moderator, canPost: true, upsert: jest.fn(), onError: jest.fn() };
  render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      {node(room)}
    </AppProviders>,
  );
  return { sent, room };
}

describe('message actions', () => {
  it('shows participants a placeholder where a message was hidden', () => {
    renderWith(
      (room) => <MessageItem message={aMessage({ body: null, hidden: { at: '2026-07-16T10:05:00.000Z', reason: null, by: null } })} room={room} />,
      {
        user: aUser({ language: 'es' }),
        language: 'es',
      },
    );
    expect(screen.getByTestId('message').textContent).toContain(resources.es.discussions.message.hidden_placeholder);
  });

  it('asks for a hide reason with our own translated check, not the browser’s', async () => {
    const { sent } = renderWith((room) => <MessageItem message={aMessage()} room={room} />, {
      user: aUser({ role: 'facilitator', language: 'fr' }),
      language: 'fr',
      moderator: true,
    });
    const text = resources.fr.discussions;
    fireEvent.click(screen.getByRole('button', { name: text.actions.hide }));
    const form = screen.getByRole('form', { name: text.actions.hide_title });
    expect(form.hasAttribute('novalidate')).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: text.actions.hide }));
    expect(await within(form).findByText(resources.fr.errors.fields.required)).toBeTruthy();
    expect(within(form).getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });

  it('mutes for durations said in words, with its own label, and confirms it', async () => {
    const { sent } = renderWith((room) => <MessageItem message={aMessage()} room={room} />, {
      user: aUser({ role: 'facilitator', language: 'en' }),
      language: 'en',
      moderator: true,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mute Ana Souza' }));
    const form = screen.getByRole('form', { name: 'Mute Ana Souza' });
    const duration = within(form).getByLabelText(resources.en.discussions.moderation.duration) as HTMLSelectElement;
    expect([...duration.options].map((o) => o.textContent)).toEqual(['10 minutes', '1 hour', '1 day', '1 week']);
    expect(within(form).queryByLabelText(resources.en.discussions.moderation.reason)).toBeNull();
    fireEvent.change(duration, { target: { value: '1440' } });
    fireEvent.change(within(form).getByLabelText(resources.en.discussions.moderation.mute_reason), { target: { value: 'Insults' } });
    fireEvent.click(within(form).getByRole('button', { name: resources.en.discussions.actions.mute_submit }));
    expect((await screen.findByRole('status')).textContent).toBe('Ana Souza cannot write in this room for 1 day.');
    expect(sent.at(-1)).toEqual({
      event: 'moderation:act',
      payload: { action: 'mute', roomId: ROOM, userId: ANA.id, reason: 'Insults', minutes: 1440 },
    });
  });

  it('closes the menu when the report form opens, and confirms the report', async () => {
    const { sent } = renderWith((room) => <MessageItem message={aMessage()} room={room} />, { user: aUser({ language: 'pt' }), language: 'pt' });
    const text = resources.pt.discussions;
    const menu = screen.getByText(text.actions.more).closest('details')!;
    menu.open = true;
    fireEvent.click(within(menu).getByRole('button', { name: text.actions.report }));
    expect(menu.open).toBe(false);
    const form = screen.getByRole('form', { name: text.report.title });
    fireEvent.click(within(form).getByRole('button', { name: text.actions.report }));
    expect((await screen.findByRole('status')).textContent).toBe(text.report.thanks);
    expect(sent.at(-1)).toMatchObject({ event: 'message:report', payload: { reason: 'spam' } });
  });
});

describe('composer mentions', () => {
  it('shows the picked name and sends the mention markup, hidden from the writer', async () => {
    installFakeServer({ [`GET /api/discussions/rooms/${ROOM}/members`]: { status: 200, body: [ANA] } });
    const me = aUser();
    renderWith((room) => <Composer room={room} />, { user: me, language: 'en' });
    const field = screen.getByRole('textbox') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: 'Thanks @An' } });
    fireEvent.click(await screen.findByRole('button', { name: '@Ana Souza' }, { timeout: 2000 }));
    expect(field.value).toBe('Thanks @Ana Souza ');
    fireEvent.change(field, { target: { value: 'Thanks @Ana Souza for the answer' } });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: resources.en.discussions.composer.send }));
    });
    await waitFor(() => {
      const stored = Object.keys(localStorage)
        .filter((key) => key.startsWith('sstc.outbox.'))
        .map((key) => localStorage.getItem(key))
        .join('');
      expect(stored).toContain(`Thanks @[Ana Souza](${ANA.id}) for the answer`);
    });
    expect(field.value).toBe('');
  });

  it('lets the author say which language they write in, and leaves it to detection otherwise', async () => {
    const me = aUser({ language: 'pt' });
    renderWith((room) => <Composer room={room} />, { user: me, language: 'pt' });
    const text = resources.pt.discussions.composer;
    const picker = screen.getByLabelText(text.language) as HTMLSelectElement;
    expect(picker.selectedOptions[0]!.textContent).toBe('Detetar automaticamente (Português em caso de dúvida)');
    const field = screen.getByRole('textbox') as HTMLTextAreaElement;
    const outbox = () =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('sstc.outbox.'))
        .flatMap((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as { body: string; language?: string }[]);
    const send = (body: string) => {
      fireEvent.change(field, { target: { value: body } });
      act(() => {
        fireEvent.click(screen.getByRole('button', { name: text.send }));
      });
    };
    send('Sin idioma elegido');
    await waitFor(() => expect(outbox().find((m) => m.body === 'Sin idioma elegido')).toBeTruthy());
    expect(outbox().find((m) => m.body === 'Sin idioma elegido')!.language).toBeUndefined();
    fireEvent.change(picker, { target: { value: 'es' } });
    send('Con idioma elegido');
    await waitFor(() => expect(outbox().find((m) => m.body === 'Con idioma elegido')?.language).toBe('es'));
    // The choice stays for the next message.
    expect(picker.value).toBe('es');
  });
});
