import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Session } from '../../src/modules/auth/session.entity.js';
import { User } from '../../src/modules/users/user.entity.js';
import { createUser, signedIn, TEST_PASSWORD } from '../factories/users.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const profile = {
  name: 'Ana Souza',
  country: 'MZ',
  organisation: 'Ministry of Labour',
  constituencyGroup: 'government',
  language: 'pt',
  timeZone: 'Africa/Maputo',
};

describe('accounts and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const tokenOf = (link: string) => link.split('/').pop()!;

  it('invites a person by email, who sets a password and profile, then signs out and in again', async () => {
    const { client: organizer } = await signedIn(t, 'organizer');
    const invited = await organizer.post('/users/invitations', {
      email: 'Ana.Souza@Example.org',
      name: 'Ana Souza',
      role: 'participant',
      language: 'pt',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'ana.souza@example.org', status: 'invited' });

    const email = await t.mailbox.waitFor('ana.souza@example.org');
    expect(email.subject).toBe('Está convidado/a para a Academia CSST');
    const link = email.links.find((l) => l.includes('/invitation/'))!;
    expect(link.startsWith(t.config.PUBLIC_URL)).toBe(true);

    const browser = t.client('pt');
    const details = await browser.get(`/auth/invitations/${tokenOf(link)}`);
    expect(details.body).toEqual({
      email: 'ana.souza@example.org',
      name: 'Ana Souza',
      role: 'participant',
      language: 'pt',
      country: null,
      organisation: null,
      constituencyGroup: null,
    });

    const accepted = await browser.post(`/auth/invitations/${tokenOf(link)}/accept`, { ...profile, password: 'a new strong password' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ email: 'ana.souza@example.org', country: 'MZ', iloRegion: 'africa', language: 'pt' });
    expect(browser.sessionCookie).toMatch(/^sstc_session=/);
    expect((await browser.get('/auth/me')).body.name).toBe('Ana Souza');

    expect((await browser.post('/auth/sign-out')).status).toBe(204);
    expect((await browser.get('/auth/me')).status).toBe(401);

    const again = await browser.post('/auth/sign-in', { email: 'ANA.SOUZA@example.org', password: 'a new strong password' });
    expect(again.status).toBe(200);
    expect((await browser.get('/auth/me')).status).toBe(200);
  });

  it('refuses an invitation link a second time', async () => {
    const { client: organizer } = await signedIn(t, 'organizer');
    await organizer.post('/users/invitations', { email: 'once@example.org', name: 'Once', role: 'facilitator', language: 'es' });
    const link = (await t.mailbox.waitFor('once@example.org')).links[0]!;
    const first = await t.client().post(`/auth/invitations/${tokenOf(link)}/accept`, { ...profile, password: 'first password!' });
    expect(first.status).toBe(200);
    const second = await t.client('es').post(`/auth/invitations/${tokenOf(link)}/accept`, { ...profile, password: 'second password!' });
    expect(second.status).toBe(410);
    expect(second.body).toMatchObject({ code: 'invitation_invalid', message: 'Este enlace de invitación no es válido o ha caducado.' });
  });

  it('stores passwords only as scrypt hashes', async () => {
    const user = await createUser(t.dataSource, { role: 'participant' });
    const stored = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    expect(stored.passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it('answers a wrong password with 401 in the caller language', async () => {
    const user = await createUser(t.dataSource, { role: 'participant' });
    const response = await t.client('fr').post('/auth/sign-in', { email: user.email, password: 'not the password' });
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'invalid_credentials', message: 'L’adresse électronique ou le mot de passe est incorrect.' });
    expect(response.body.requestId).toEqual(expect.any(String));
  });

  it('throttles repeated failed sign-ins with 429, even with the right password', async () => {
    const user = await createUser(t.dataSource, { role: 'participant' });
    const client = t.client();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await client.post('/auth/sign-in', { email: user.email, password: `wrong ${attempt}` })).status).toBe(401);
    }
    const throttled = await client.post('/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(throttled.body.code).toBe('sign_in_throttled');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(client.sessionCookie).toBe('');
  });

  it('resets a forgotten password through an emailed link, once, and ends other sessions', async () => {
    const { user, client: elsewhere } = await signedIn(t, 'participant', { language: 'fr' });
    const anonymous = t.client();
    expect((await anonymous.post('/auth/password/forgot', { email: user.email })).status).toBe(202);
    expect((await anonymous.post('/auth/password/forgot', { email: 'nobody@example.org' })).status).toBe(202);

    const email = await t.mailbox.waitFor(user.email, (e) => e.subject.includes('mot de passe'));
    const token = tokenOf(email.links[0]!);
    expect((await anonymous.post('/auth/password/reset', { token, password: 'my brand new password' })).status).toBe(204);
    expect((await anonymous.post('/auth/password/reset', { token, password: 'yet another password' })).body.code).toBe('reset_token_invalid');

    expect((await elsewhere.get('/auth/me')).status).toBe(401);
    expect((await t.client().post('/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await t.client().post('/auth/sign-in', { email: user.email, password: 'my brand new password' })).status).toBe(200);
  });

  it('changes the own password after checking the current one, keeping only this session', async () => {
    const { user, client } = await signedIn(t, 'facilitator');
    const other = t.client();
    await other.post('/auth/sign-in', { email: user.email, password: TEST_PASSWORD });

    const wrong = await client.post('/auth/password/change', { currentPassword: 'nope', newPassword: 'another long password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('wrong_password');

    expect((await client.post('/auth/password/change', { currentPassword: TEST_PASSWORD, newPassword: 'another long password' })).status).toBe(204);
    expect((await client.get('/auth/me')).status).toBe(200);
    expect((await other.get('/auth/me')).status).toBe(401);
  });

  it('signs out everywhere', async () => {
    const { user, client: laptop } = await signedIn(t, 'participant');
    const phone = t.client();
    await phone.post('/auth/sign-in', { email: user.email, password: TEST_PASSWORD });
    expect((await laptop.post('/auth/sign-out-everywhere')).status).toBe(204);
    expect((await laptop.get('/auth/me')).status).toBe(401);
    expect((await phone.get('/auth/me')).status).toBe(401);
  });

  it('treats an expired session as signed out', async () => {
    const { user, client } = await signedIn(t, 'participant');
    await t.dataSource.getRepository(Session).update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    const response = await client.get('/auth/me');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('unauthenticated');
  });

  it('sets the session cookie httpOnly and SameSite, with a readable signed-in hint of the same lifetime that sign-out clears', async () => {
    const user = await createUser(t.dataSource, { role: 'participant' });
    const response = await fetch(`${t.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    const [session, hint, ...others] = response.headers.getSetCookie();
    expect(others).toEqual([]);
    expect(session).toMatch(/^sstc_session=\w/);
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Expires=/);
    expect(hint).toMatch(/^sstc_signed_in=1;/);
    expect(hint).not.toMatch(/HttpOnly/);
    expect(hint).toMatch(/SameSite=Lax/);
    const expires = (cookie: string) => /Expires=([^;]+)/.exec(cookie)![1];
    expect(expires(hint!)).toBe(expires(session!));

    const signOut = await fetch(`${t.url}/api/auth/sign-out`, {
      method: 'POST',
      headers: { cookie: session!.split(';')[0]!, origin: t.config.PUBLIC_URL },
    });
    expect(signOut.status).toBe(204);
    expect(signOut.headers.getSetCookie().map((cookie) => cookie.split(';')[0])).toEqual(['sstc_session=', 'sstc_signed_in=']);
  });
});
