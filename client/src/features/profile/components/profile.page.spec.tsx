import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import { resources } from '../../../locales/resources.js';
import { installFakeServer, type RecordedRequest } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

function selectedText(select: HTMLElement): string {
  const element = select as HTMLSelectElement;
  return element.options[element.selectedIndex]?.textContent ?? '';
}

describe('profile page', () => {
  it.each(LANGUAGES)('shows the profile form in %s', async (language) => {
    installFakeServer({ 'GET /api/auth/me': { status: 200, body: aUser({ language }) } });
    const text = resources[language];
    renderApp('/profile');

    expect(await screen.findByRole('heading', { level: 1, name: text.profile.title })).toBeTruthy();
    const details = screen.getByRole('region', { name: text.profile.details.title });
    expect((within(details).getByLabelText(text.profile.fields.name) as HTMLInputElement).value).toBe('João Silva');

    const country = within(details).getByLabelText(text.profile.fields.country);
    expect((country as HTMLSelectElement).value).toBe('BR');
    expect(selectedText(country)).toBe(new Intl.DisplayNames([language], { type: 'region' }).of('BR'));

    const group = within(details).getByLabelText(text.profile.fields.constituency_group);
    expect(selectedText(group)).toBe(text.common.constituency_groups.government);
    expect((within(details).getByLabelText(text.profile.fields.time_zone) as HTMLSelectElement).value).toBe('America/Sao_Paulo');
    expect((within(details).getByLabelText(text.profile.fields.language) as HTMLSelectElement).value).toBe(language);
    expect(screen.getByText(text.common.regions.americas)).toBeTruthy();

    expect(within(details).getByRole('button', { name: text.profile.details.submit })).toBeTruthy();
    expect(screen.getByRole('button', { name: text.profile.password.submit })).toBeTruthy();
    expect(screen.getByRole('button', { name: text.profile.sessions.submit })).toBeTruthy();
  });

  it('names countries in the reader’s language', () => {
    const names = new Set(LANGUAGES.map((language) => new Intl.DisplayNames([language], { type: 'region' }).of('CI')));
    expect(names.size).toBeGreaterThan(1);
  });

  it('saves the edited profile', async () => {
    const saved = aUser({ organisation: 'Ministério da Economia' });
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      'PATCH /api/profile': { status: 200, body: saved },
    });
    renderApp('/profile');
    const details = await screen.findByRole('region', { name: resources.en.profile.details.title });

    fireEvent.change(within(details).getByLabelText(resources.en.profile.fields.organisation, { exact: false }), {
      target: { value: 'Ministério da Economia' },
    });
    fireEvent.click(within(details).getByRole('button', { name: resources.en.profile.details.submit }));

    await waitFor(() => expect(within(details).getByRole('status').textContent).toBe(resources.en.profile.details.saved));
    expect(server.requestsTo('PATCH /api/profile')[0]?.body).toEqual({
      name: 'João Silva',
      country: 'BR',
      organisation: 'Ministério da Economia',
      constituencyGroup: 'government',
      language: 'en',
      timeZone: 'America/Sao_Paulo',
    });
  });

  it('saves a language switch in the profile and shows the page in it', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      'PATCH /api/profile': (request: RecordedRequest) => ({ status: 200, body: aUser(request.body as object) }),
    });
    renderApp('/profile');
    await screen.findByRole('heading', { level: 1, name: resources.en.profile.title });

    fireEvent.change(screen.getByTestId('language-switcher'), { target: { value: 'es' } });

    expect(await screen.findByRole('heading', { level: 1, name: resources.es.profile.title })).toBeTruthy();
    await waitFor(() => expect(server.requestsTo('PATCH /api/profile').map((request) => request.body)).toEqual([{ language: 'es' }]));
    expect(document.documentElement.lang).toBe('es');
    // A signed-in user's choice lives in the profile, not on the device.
    expect(localStorage.getItem('sstc.language')).toBeNull();
  });

  it('signs out everywhere and says so on the sign-in page', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'fr' }) },
      'POST /api/auth/sign-out-everywhere': { status: 204 },
    });
    renderApp('/profile');
    fireEvent.click(await screen.findByRole('button', { name: resources.fr.profile.sessions.submit }));

    await screen.findByTestId('sign-in-form');
    await waitFor(() => expect(screen.getByText(resources.fr.auth.sign_in.signed_out_everywhere)).toBeTruthy());
    expect(screen.queryByTestId('current-user')).toBeNull();
    expect(server.requestsTo('POST /api/auth/sign-out-everywhere')).toHaveLength(1);
  });

  it('offers to stop the calendar address too when signing out everywhere, as it is a bearer address', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'pt' }) },
      'GET /api/agenda/feed': { status: 200, body: { active: true, createdAt: '2016-06-01T10:00:00.000Z', url: null } },
      'DELETE /api/agenda/feed': { status: 204 },
      'POST /api/auth/sign-out-everywhere': { status: 204 },
    });
    renderApp('/profile');
    const offer = (await screen.findByTestId('stop-feed')) as HTMLInputElement;
    expect(offer.checked).toBe(true);
    expect(screen.getByText(resources.pt.profile.sessions.stop_feed)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: resources.pt.profile.sessions.submit }));

    await screen.findByTestId('sign-in-form');
    expect(server.requestsTo('DELETE /api/agenda/feed')).toHaveLength(1);
    expect(server.requestsTo('POST /api/auth/sign-out-everywhere')).toHaveLength(1);
  });

  it('keeps the calendar address when the box is unticked', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      'GET /api/agenda/feed': { status: 200, body: { active: true, createdAt: '2016-06-01T10:00:00.000Z', url: null } },
      'POST /api/auth/sign-out-everywhere': { status: 204 },
    });
    renderApp('/profile');
    fireEvent.click(await screen.findByTestId('stop-feed'));
    fireEvent.click(screen.getByRole('button', { name: resources.en.profile.sessions.submit }));
    await screen.findByTestId('sign-in-form');
    expect(server.requestsTo('DELETE /api/agenda/feed')).toHaveLength(0);
  });
});
