import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz012345';
const signedOut = { 'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }) };

describe('accepting an invitation', () => {
  it('greets the person in the invitation’s language and joins them up', async () => {
    const server = installFakeServer({
      ...signedOut,
      [`GET /api/auth/invitations/${TOKEN}`]: {
        status: 200,
        body: {
          email: 'ana@example.org',
          name: 'Ana Souza',
          role: 'participant',
          language: 'pt',
          country: null,
          organisation: null,
          constituencyGroup: null,
        },
      },
      [`POST /api/auth/invitations/${TOKEN}/accept`]: { status: 200, body: aUser({ name: 'Ana Souza', language: 'pt' }) },
      'GET /api/editions': { status: 200, body: [] },
    });
    const text = resources.pt;
    renderApp(`/invitation/${TOKEN}`, { language: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: text.auth.invitation.title })).toBeTruthy();
    expect(screen.getByText(text.common.roles.participant)).toBeTruthy();
    expect((screen.getByLabelText(text.profile.fields.name) as HTMLInputElement).value).toBe('Ana Souza');
    expect((screen.getByLabelText(text.profile.fields.language) as HTMLSelectElement).value).toBe('pt');
    // The browser's own time zone is the default.
    expect((screen.getByLabelText(text.profile.fields.time_zone) as HTMLSelectElement).value).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);

    fireEvent.change(screen.getByLabelText(text.profile.fields.country), { target: { value: 'MZ' } });
    fireEvent.change(screen.getByLabelText(text.profile.fields.constituency_group), { target: { value: 'workers_organization' } });
    fireEvent.change(screen.getByLabelText(text.auth.password), { target: { value: 'a-long-password' } });
    fireEvent.change(screen.getByLabelText(text.auth.confirm_password), { target: { value: 'a-long-password' } });
    fireEvent.click(screen.getByRole('button', { name: text.auth.invitation.submit }));

    expect(await screen.findByRole('heading', { level: 1, name: text.courses.home.title.participant })).toBeTruthy();
    expect(server.requestsTo(`POST /api/auth/invitations/${TOKEN}/accept`)[0]?.body).toEqual({
      name: 'Ana Souza',
      country: 'MZ',
      organisation: '',
      constituencyGroup: 'workers_organization',
      language: 'pt',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      password: 'a-long-password',
    });
  });

  it('shows what the organizers imported about the person, filled in', async () => {
    installFakeServer({
      ...signedOut,
      [`GET /api/auth/invitations/${TOKEN}`]: {
        status: 200,
        body: {
          email: 'ana@example.org',
          name: 'Ana Souza',
          role: 'participant',
          language: 'pt',
          country: 'BR',
          organisation: 'CUT',
          constituencyGroup: 'workers_organization',
        },
      },
    });
    const text = resources.pt;
    renderApp(`/invitation/${TOKEN}`, { language: 'pt' });
    expect(((await screen.findByLabelText(text.profile.fields.country)) as HTMLSelectElement).value).toBe('BR');
    expect((screen.getByLabelText(new RegExp(text.profile.fields.organisation)) as HTMLInputElement).value).toBe('CUT');
    expect((screen.getByLabelText(text.profile.fields.constituency_group) as HTMLSelectElement).value).toBe('workers_organization');
  });

  it('explains an invalid or used link', async () => {
    installFakeServer({ ...signedOut, [`GET /api/auth/invitations/${TOKEN}`]: errorReply(410, { code: 'invitation_invalid' }) });
    renderApp(`/invitation/${TOKEN}`, { language: 'es' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(resources.es.errors.invitation_invalid);
    expect(within(alert).getByRole('link', { name: resources.es.auth.invitation.sign_in_link })).toBeTruthy();
  });
});
