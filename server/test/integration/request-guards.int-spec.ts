import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signedIn } from '../factories/users.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// CSRF, second line (issue 10): beside SameSite cookies and the Origin check, a state-changing
// call that carries a cookie must say where it comes from, and /api reads only JSON (and CSV where
// a file is the body), which no cross-site HTML form can send.

describe('requests the API refuses before reading them', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await startTestApp();
    cookie = (await signedIn(t, 'participant')).client.sessionCookie;
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (path: string, headers: Record<string, string>, body?: string, method = 'POST') =>
    fetch(`${t.url}/api${path}`, { method, headers, body }).then(async (response) => ({
      status: response.status,
      body: await response.json().catch(() => undefined),
    }));
  const json = { 'content-type': 'application/json' };
  const profileChange = JSON.stringify({ timeZone: 'Europe/Lisbon' });

  it('refuses a state-changing call with a cookie but neither Origin nor Sec-Fetch-Site, in the caller language', async () => {
    const refused = await send('/profile', { ...json, cookie, 'accept-language': 'fr' }, profileChange, 'PATCH');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'origin_required', message: expect.stringContaining('Rechargez la page') });
    expect((await send('/auth/sign-out', { cookie })).status).toBe(403);
  });

  it('takes Sec-Fetch-Site same-origin in place of Origin, and nothing cross-site', async () => {
    expect((await send('/profile', { ...json, cookie, 'sec-fetch-site': 'same-site' }, profileChange, 'PATCH')).status).toBe(403);
    expect((await send('/profile', { ...json, cookie, 'sec-fetch-site': 'cross-site' }, profileChange, 'PATCH')).status).toBe(403);
    expect((await send('/profile', { ...json, cookie, 'sec-fetch-site': 'same-origin' }, profileChange, 'PATCH')).status).toBe(200);
    expect((await send('/profile', { ...json, cookie, origin: t.config.PUBLIC_URL }, profileChange, 'PATCH')).status).toBe(200);
  });

  it('lets a call without any cookie through (a script signing in), and reads need no Origin', async () => {
    expect((await send('/auth/sign-in', json, JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }))).status).toBe(401);
    expect((await send('/auth/me', { cookie }, undefined, 'GET')).status).toBe(200);
  });

  it('answers 415 to a body that is not JSON, whatever else it says', async () => {
    const origin = t.config.PUBLIC_URL;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csv']) {
      const response = await send('/auth/sign-in', { 'content-type': type, origin, 'accept-language': 'es' }, 'email=a@b.org&password=whatever-long');
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ code: 'unsupported_media_type', message: expect.stringContaining('JSON') });
    }
    expect((await send('/auth/sign-in', { origin }, 'email=a@b.org')).status).toBe(415);
    expect((await send('/auth/sign-in', { 'content-type': 'application/json; charset=utf-8', origin }, '{}')).status).toBe(400);
    // No body at all needs no type.
    expect((await send('/auth/sign-out', { cookie, origin })).status).toBe(204);
  });

  it('takes text/csv where a file is the body: the participant import', async () => {
    const { client: organizer } = await signedIn(t, 'organizer');
    const headers = { cookie: organizer.sessionCookie, origin: t.config.PUBLIC_URL, 'content-type': 'text/csv' };
    const unknownEdition = await send('/editions/00000000-0000-4000-8000-000000000000/imports', headers, 'email,name\na@b.org,A');
    expect(unknownEdition.status).toBe(404);
    const asJsonRoute = await send('/profile', { ...headers, cookie }, 'timeZone\nEurope/Lisbon', 'PATCH');
    expect(asJsonRoute.status).toBe(415);
  });
});
