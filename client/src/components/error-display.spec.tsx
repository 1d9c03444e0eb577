import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import { resources } from '../locales/resources.js';
import { errorReply, installFakeServer } from '../test/fake-server.js';
import { aUser } from '../test/fixtures.js';
import { renderApp } from '../test/render-app.js';

const signedOut = { 'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }) };

async function submitSignIn(language: (typeof LANGUAGES)[number], email: string, password: string) {
  const form = await screen.findByTestId('sign-in-form');
  const text = resources[language].auth;
  fireEvent.change(within(form).getByLabelText(text.email), { target: { value: email } });
  fireEvent.change(within(form).getByLabelText(text.password), { target: { value: password } });
  fireEvent.click(within(form).getByRole('button', { name: text.sign_in.submit }));
  return form;
}

/** The message tied to a control through aria-describedby, as a screen reader announces it. */
function describedText(control: HTMLElement): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('errors from the server', () => {
  it.each(LANGUAGES)('shows an error code as its %s message, not the server’s text', async (language) => {
    installFakeServer({ ...signedOut, 'POST /api/auth/sign-in': errorReply(401, { code: 'invalid_credentials' }) });
    renderApp('/sign-in', { language });
    await submitSignIn(language, 'someone@example.org', 'not-the-password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(resources[language].errors.invalid_credentials);
    expect(alert.textContent).not.toContain('server says');
  });

  it('tells how long to wait after too many sign-ins', async () => {
    installFakeServer({ ...signedOut, 'POST /api/auth/sign-in': errorReply(429, { code: 'sign_in_throttled', retryAfter: 42 }) });
    renderApp('/sign-in', { language: 'fr' });
    await submitSignIn('fr', 'someone@example.org', 'not-the-password');

    expect((await screen.findByRole('alert')).textContent).toBe(resources.fr.errors.sign_in_throttled_other.replace('{{seconds}}', '42'));
  });

  it('agrees the waiting time with its number: one second, not one seconds', async () => {
    installFakeServer({ ...signedOut, 'POST /api/auth/sign-in': errorReply(429, { code: 'sign_in_throttled', retryAfter: 1 }) });
    renderApp('/sign-in', { language: 'en' });
    await submitSignIn('en', 'someone@example.org', 'not-the-password');

    expect((await screen.findByRole('alert')).textContent).toBe(resources.en.errors.sign_in_throttled_one.replace('{{seconds}}', '1'));
  });

  it('puts each field problem next to its field and focuses the first', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'pt' }) },
      'PATCH /api/profile': errorReply(400, {
        code: 'validation_failed',
        details: [
          { path: 'country', code: 'unknown_country', message: '' },
          { path: 'name', code: 'too_big', message: '' },
        ],
      }),
    });
    const text = resources.pt;
    renderApp('/profile');
    const details = await screen.findByRole('region', { name: text.profile.details.title });
    fireEvent.click(within(details).getByRole('button', { name: text.profile.details.submit }));

    expect((await within(details).findByRole('alert')).textContent).toBe(text.errors.validation_failed);
    const country = within(details).getByLabelText(text.profile.fields.country);
    expect(country.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(country)).toBe(text.errors.fields.unknown_country);
    // Next to its field: inside the same field group as the control and its label.
    expect(within(country.closest('.field') as HTMLElement).getByText(text.errors.fields.unknown_country)).toBeTruthy();

    const name = within(details).getByLabelText(text.profile.fields.name);
    expect(describedText(name)).toBe(text.errors.fields.too_big);
    const organisation = within(details).getByLabelText(text.profile.fields.organisation, { exact: false });
    expect(organisation.getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(name));
  });

  it('flags empty required fields without a round trip to the server', async () => {
    const server = installFakeServer(signedOut);
    renderApp('/sign-in', { language: 'es' });
    const form = await screen.findByTestId('sign-in-form');
    fireEvent.click(within(form).getByRole('button', { name: resources.es.auth.sign_in.submit }));

    const email = within(form).getByLabelText(resources.es.auth.email);
    await waitFor(() => expect(describedText(email)).toBe(resources.es.errors.fields.required));
    expect(describedText(within(form).getByLabelText(resources.es.auth.password))).toBe(resources.es.errors.fields.required);
    expect(server.requestsTo('POST /api/auth/sign-in')).toHaveLength(0);
  });

  it('shows a wrong current password on that field', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      'POST /api/auth/password/change': errorReply(400, { code: 'wrong_password' }),
    });
    renderApp('/profile');
    const section = await screen.findByRole('region', { name: resources.en.profile.password.title });
    fireEvent.change(within(section).getByLabelText(resources.en.profile.password.current), { target: { value: 'nope' } });
    fireEvent.change(within(section).getByLabelText(resources.en.auth.new_password), { target: { value: 'a-long-new-password' } });
    fireEvent.change(within(section).getByLabelText(resources.en.auth.confirm_password), { target: { value: 'a-long-new-password' } });
    fireEvent.click(within(section).getByRole('button', { name: resources.en.profile.password.submit }));

    expect((await within(section).findByRole('alert')).textContent).toBe(resources.en.errors.wrong_password);
    expect(within(section).getByLabelText(resources.en.profile.password.current).getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the passwords differ, before asking the server', async () => {
    const server = installFakeServer({ 'GET /api/auth/me': { status: 200, body: aUser() } });
    renderApp('/profile');
    const section = await screen.findByRole('region', { name: resources.en.profile.password.title });
    fireEvent.change(within(section).getByLabelText(resources.en.profile.password.current), { target: { value: 'academy-2016' } });
    fireEvent.change(within(section).getByLabelText(resources.en.auth.new_password), { target: { value: 'a-long-new-password' } });
    fireEvent.change(within(section).getByLabelText(resources.en.auth.confirm_password), { target: { value: 'another-password' } });
    fireEvent.click(within(section).getByRole('button', { name: resources.en.profile.password.submit }));

    const confirm = within(section).getByLabelText(resources.en.auth.confirm_password);
    await waitFor(() => expect(describedText(confirm)).toBe(resources.en.errors.fields.passwords_differ));
    expect(server.requestsTo('POST /api/auth/password/change')).toHaveLength(0);
  });

  it('explains a lost connection', async () => {
    installFakeServer(signedOut);
    renderApp('/sign-in', { language: 'fr' });
    const form = await screen.findByTestId('sign-in-form');
    globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    fireEvent.change(within(form).getByLabelText(resources.fr.auth.email), { target: { value: 'someone@example.org' } });
    fireEvent.change(within(form).getByLabelText(resources.fr.auth.password), { target: { value: 'secret' } });
    fireEvent.click(within(form).getByRole('button', { name: resources.fr.auth.sign_in.submit }));

    expect((await screen.findByRole('alert')).textContent).toBe(resources.fr.common.failure.network);
  });
});
