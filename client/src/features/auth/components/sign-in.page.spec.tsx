import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const signedOut = { 'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }) };

describe('sign-in page', () => {
  it.each(LANGUAGES)('speaks %s throughout', async (language) => {
    installFakeServer(signedOut);
    const text = resources[language].auth;
    renderApp('/sign-in', { language });

    const form = await screen.findByTestId('sign-in-form');
    expect(screen.getByRole('heading', { level: 1, name: text.sign_in.title })).toBeTruthy();
    expect(within(form).getByRole('button', { name: text.sign_in.submit })).toBeTruthy();
    expect(within(form).getByLabelText(text.email)).toBeTruthy();
    expect(within(form).getByLabelText(text.password)).toBeTruthy();
    expect(screen.getByRole('link', { name: text.sign_in.forgot_link }).className).toBe('target-link');
    expect(screen.getByRole('link', { name: resources[language].common.skip_to_content })).toBeTruthy();
    expect((screen.getByTestId('language-switcher') as HTMLSelectElement).value).toBe(language);
    expect(document.documentElement.lang).toBe(language);
  });

  it('labels the button differently in each language', () => {
    const labels = new Set(LANGUAGES.map((language) => resources[language].auth.sign_in.submit));
    expect(labels.size).toBe(LANGUAGES.length);
  });

  it('switches language from the switcher and remembers the choice on this device', async () => {
    installFakeServer(signedOut);
    renderApp('/sign-in', { language: 'en' });
    await screen.findByTestId('sign-in-form');

    fireEvent.change(screen.getByTestId('language-switcher'), { target: { value: 'pt' } });

    expect(await screen.findByRole('button', { name: resources.pt.auth.sign_in.submit })).toBeTruthy();
    expect(document.documentElement.lang).toBe('pt');
    expect(localStorage.getItem('sstc.language')).toBe('pt');
  });

  it('signs in and lands on the home page in the profile language', async () => {
    const user = aUser({ language: 'fr', name: 'Aminata Diallo' });
    const server = installFakeServer({
      ...signedOut,
      'POST /api/auth/sign-in': { status: 200, body: user },
      'GET /api/editions': { status: 200, body: [] },
    });
    renderApp('/sign-in', { language: 'en' });
    const form = await screen.findByTestId('sign-in-form');

    fireEvent.change(within(form).getByLabelText(resources.en.auth.email), { target: { value: 'aminata@example.org' } });
    fireEvent.change(within(form).getByLabelText(resources.en.auth.password), { target: { value: 'academy-2016' } });
    fireEvent.click(within(form).getByRole('button', { name: resources.en.auth.sign_in.submit }));

    const heading = await screen.findByRole('heading', { level: 1, name: resources.fr.courses.home.title.participant });
    expect(screen.getByTestId('current-user').textContent).toBe('Aminata Diallo');
    // Keyboard and screen-reader users start at the page they signed in to, not mid-page.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(server.requestsTo('POST /api/auth/sign-in')[0]?.body).toEqual({ email: 'aminata@example.org', password: 'academy-2016' });
  });

  it('asks for the home page’s editions and next steps as soon as the sign-in answers, not once the page has rendered', async () => {
    const user = aUser({ language: 'en' });
    const homeShown = () => screen.queryByRole('heading', { level: 1, name: resources.en.courses.home.title.participant }) !== null;
    const askedWhileHomeShown: string[] = [];
    const server = installFakeServer({
      ...signedOut,
      'POST /api/auth/sign-in': { status: 200, body: user },
      'GET /api/editions': () => {
        if (homeShown()) askedWhileHomeShown.push('editions');
        return { status: 200, body: [] };
      },
      'GET /api/home': () => {
        if (homeShown()) askedWhileHomeShown.push('home');
        return { status: 200, body: { role: 'participant', tasks: [], editions: [] } };
      },
    });
    renderApp('/sign-in', { language: 'en' });
    const form = await screen.findByTestId('sign-in-form');
    fireEvent.change(within(form).getByLabelText(resources.en.auth.email), { target: { value: 'ana@example.org' } });
    fireEvent.change(within(form).getByLabelText(resources.en.auth.password), { target: { value: 'academy-2016' } });
    fireEvent.click(within(form).getByRole('button', { name: resources.en.auth.sign_in.submit }));

    expect(await screen.findByText(resources.en.courses.home.empty)).toBeTruthy();
    expect(askedWhileHomeShown).toEqual([]);
    expect(server.requestsTo('GET /api/editions')).toHaveLength(1);
    expect(server.requestsTo('GET /api/home')).toHaveLength(1);
  });
});
