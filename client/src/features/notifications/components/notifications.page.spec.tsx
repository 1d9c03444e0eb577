import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import type { Notification, NotificationPreference } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

function aNotification(overrides: Partial<Notification>): Notification {
  return {
    id: '0b5e3c1a-2f4d-4c6a-9e8b-7a6d5c4b3a21',
    kind: 'mention',
    detail: null,
    actor: { id: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d', name: 'Ana', role: 'participant' },
    title: { en: 'Social Dialogue', es: 'Diálogo social', fr: 'Dialogue social', pt: 'Diálogo social' },
    excerpt: 'Can you share the report?',
    link: '/discussions/rooms/8b0f5c1e-2f4d-4c6a-9e8b-7a6d5c4b3a21',
    createdAt: '2026-07-16T10:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

const PREFERENCES: NotificationPreference[] = [
  { kind: 'mention', delivery: 'immediate', fixed: false },
  { kind: 'reply', delivery: 'app', fixed: false },
  { kind: 'account', delivery: 'immediate', fixed: true },
];

describe('notification centre', () => {
  it.each(LANGUAGES)('lists notifications as sentences in %s, a page at a time, and marks them all read', async (language) => {
    const page1 = [
      aNotification({}),
      aNotification({
        id: '2b5e3c1a-2f4d-4c6a-9e8b-7a6d5c4b3a21',
        kind: 'practice_review',
        detail: 'published',
        link: '/practices/x',
        readAt: '2026-07-16T11:00:00.000Z',
      }),
    ];
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language }) },
      'GET /api/notifications/unread': { status: 200, body: { unread: 21 } },
      'GET /api/notifications': (request) =>
        request.query.get('page') === '2'
          ? {
              status: 200,
              body: {
                items: [aNotification({ id: '3b5e3c1a-2f4d-4c6a-9e8b-7a6d5c4b3a21', excerpt: 'Older' })],
                total: 21,
                page: 2,
                pageSize: 20,
                unread: 21,
              },
            }
          : { status: 200, body: { items: page1, total: 21, page: 1, pageSize: 20, unread: 21 } },
      'POST /api/notifications/read': { status: 204 },
    });
    const text = resources[language].notifications;
    renderApp('/notifications', { language });
    const items = await screen.findAllByTestId('notification');
    expect(screen.getByRole('heading', { level: 1, name: text.title })).toBeTruthy();
    expect(items[0]!.textContent).toContain(text.kinds.mention.replace('{{name}}', 'Ana').replace('{{title}}', page1[0]!.title![language]!));
    expect(items[1]!.textContent).toContain(
      text.details.practice_review.published.replace('{{name}}', 'Ana').replace('{{title}}', page1[0]!.title![language]!),
    );
    // The unread one says so to assistive technology.
    expect(within(items[0]!).getByText(text.unread_label, { exact: false })).toBeTruthy();
    expect(within(items[1]!).queryByText(text.unread_label, { exact: false })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: resources[language].common.pagination.next }));
    await waitFor(() => expect(screen.getAllByTestId('notification')[0]!.textContent).toContain('Older'));

    fireEvent.click(screen.getByRole('button', { name: text.mark_all_read }));
    await waitFor(() => expect(server.requestsTo('POST /api/notifications/read')).toHaveLength(1));
    expect(server.requestsTo('POST /api/notifications/read')[0]!.body).toEqual({});
  });

  it('shows the unread count in the header on every page', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'fr' }) },
      'GET /api/notifications/unread': { status: 200, body: { unread: 3 } },
    });
    renderApp('/profile', { language: 'fr' });
    const badge = await screen.findByTestId('notifications-badge');
    expect(badge.textContent).toBe('3');
    const link = screen.getByTestId('notifications-link');
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(link.textContent).toContain('3 non lues');
  });

  it('saves a delivery per kind and shows password and invitation emails fixed, without a control', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'es' }) },
      'GET /api/notifications/unread': { status: 200, body: { unread: 0 } },
      'GET /api/notifications/preferences': { status: 200, body: { preferences: PREFERENCES } },
      'PUT /api/notifications/preferences': {
        status: 200,
        body: { preferences: PREFERENCES.map((p) => (p.kind === 'mention' ? { ...p, delivery: 'daily' } : p)) },
      },
    });
    const text = resources.es.notifications.settings;
    renderApp('/notifications/settings', { language: 'es' });
    const mention = await screen.findByLabelText(text.kinds.mention);
    expect(screen.queryByLabelText(text.kinds.account)).toBeNull();
    expect(screen.getByTestId('fixed-account').textContent).toBe(text.fixed);
    fireEvent.change(mention, { target: { value: 'daily' } });
    fireEvent.click(screen.getByRole('button', { name: text.save }));
    await screen.findByText(text.saved);
    expect(server.requestsTo('PUT /api/notifications/preferences')[0]!.body).toEqual({ preferences: [{ kind: 'mention', delivery: 'daily' }] });
  });

  it('stops emails from an unsubscribe link without signing in, only after the click, and says when the link is bad', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }),
      'GET /api/notifications/unsubscribe/good': { status: 200, body: { kinds: ['mention'], done: false } },
      'POST /api/notifications/unsubscribe/good': { status: 200, body: { kinds: ['mention'], done: true } },
      'GET /api/notifications/unsubscribe/bad': errorReply(410, { code: 'unsubscribe_link_invalid' }),
    });
    const text = resources.pt.notifications;
    const view = renderApp('/unsubscribe/good', { language: 'pt' });
    const confirm = await screen.findByRole('button', { name: text.unsubscribe.confirm });
    expect(server.requestsTo('POST /api/notifications/unsubscribe/good')).toHaveLength(0);
    fireEvent.click(confirm);
    await screen.findByText(text.unsubscribe.done.replace('{{kinds}}', text.settings.kinds.mention));
    view.unmount();

    renderApp('/unsubscribe/bad', { language: 'pt' });
    await screen.findByText(resources.pt.errors.unsubscribe_link_invalid);
  });
});
