import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserSummary } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer, type RecordedRequest } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { USERS_PAGE_SIZE } from '../hooks/use-users.js';

function people(count: number, offset = 0): UserSummary[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(offset + index).padStart(12, '0')}`,
    email: `person${offset + index}@example.org`,
    name: `Person ${offset + index}`,
    role: 'participant',
    language: 'es',
    status: index % 2 ? 'active' : 'invited',
  }));
}

const organizer = { 'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'en' }) } };

function listPage(total: number) {
  return (request: RecordedRequest) => {
    const page = Number(request.query.get('page'));
    const pageSize = Number(request.query.get('pageSize'));
    const count = Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize));
    return { status: 200, body: { items: people(count, (page - 1) * pageSize), total, page, pageSize } };
  };
}

describe('people page', () => {
  it('lists everyone a page at a time', async () => {
    const total = USERS_PAGE_SIZE + 3;
    const server = installFakeServer({ ...organizer, 'GET /api/users': listPage(total) });
    renderApp('/users');

    const list = await screen.findByRole('region', { name: resources.en.users.list.title });
    await within(list).findByText('Person 0');
    expect(within(list).getByText(`${total} people`)).toBeTruthy();
    expect(within(list).getAllByRole('row')).toHaveLength(USERS_PAGE_SIZE + 1);
    expect(within(list).getByText('Page 1 of 2')).toBeTruthy();

    fireEvent.click(within(list).getByRole('button', { name: resources.en.common.pagination.next }));
    expect(await within(list).findByText(`Person ${USERS_PAGE_SIZE}`)).toBeTruthy();
    expect(within(list).getAllByRole('row')).toHaveLength(3 + 1);
    expect(server.requestsTo('GET /api/users').map((request) => request.query.get('page'))).toEqual(['1', '2']);
  });

  it('invites a person and refreshes the list', async () => {
    const server = installFakeServer({
      ...organizer,
      'GET /api/users': listPage(1),
      'POST /api/users/invitations': { status: 200, body: people(1)[0] },
    });
    renderApp('/users');
    const form = await screen.findByRole('region', { name: resources.en.users.invite.title });
    fireEvent.change(within(form).getByLabelText(resources.en.users.invite.email), { target: { value: 'ana@example.org' } });
    fireEvent.change(within(form).getByLabelText(resources.en.users.invite.name), { target: { value: 'Ana Souza' } });
    fireEvent.change(within(form).getByLabelText(resources.en.users.invite.role), { target: { value: 'facilitator' } });
    fireEvent.change(within(form).getByLabelText(resources.en.users.invite.language), { target: { value: 'pt' } });
    fireEvent.click(within(form).getByRole('button', { name: resources.en.users.invite.submit }));

    await waitFor(() => expect(within(form).getByRole('status').textContent).toBe('An invitation was sent to person0@example.org.'));
    expect(server.requestsTo('POST /api/users/invitations')[0]?.body).toEqual({
      email: 'ana@example.org',
      name: 'Ana Souza',
      role: 'facilitator',
      language: 'pt',
    });
    await waitFor(() => expect(server.requestsTo('GET /api/users')).toHaveLength(2));
  });

  it('shows a taken email on the form', async () => {
    installFakeServer({ ...organizer, 'GET /api/users': listPage(0), 'POST /api/users/invitations': errorReply(409, { code: 'email_taken' }) });
    renderApp('/users');
    const form = await screen.findByRole('region', { name: resources.en.users.invite.title });
    fireEvent.change(within(form).getByLabelText(resources.en.users.invite.email), { target: { value: 'ana@example.org' } });
    fireEvent.change(within(form).getByLabelText(resources.en.users.invite.name), { target: { value: 'Ana' } });
    fireEvent.click(within(form).getByRole('button', { name: resources.en.users.invite.submit }));
    expect((await within(form).findByRole('alert')).textContent).toBe(resources.en.errors.email_taken);
  });

  it('is not offered to participants', async () => {
    const server = installFakeServer({ 'GET /api/auth/me': { status: 200, body: aUser({ role: 'participant' }) } });
    renderApp('/users');
    expect((await screen.findByRole('alert')).textContent).toBe(resources.en.errors.forbidden);
    expect(screen.queryByRole('link', { name: resources.en.common.nav.users })).toBeNull();
    expect(server.requestsTo('GET /api/users')).toHaveLength(0);
  });
});
