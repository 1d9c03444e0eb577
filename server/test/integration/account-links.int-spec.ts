import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { kdf } from '../../src/common/crypto/password.js';
import { createEdition, enrolledParticipant } from '../factories/editions.factory.js';
import { createSurvey, invitationToken, sendNow } from '../factories/surveys.factory.js';
import { createUser, signedIn, TEST_PASSWORD } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import type { ReceivedEmail } from '../setup/mailbox.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// Issue 10, "Accounts and links": stale links, links at rest, hashing before the token check,
// sign-in timing and the throttle. The app trusts loopback as its proxy, so a test speaks from
// any address it likes through X-Forwarded-For.

const profile = {
  name: 'Ana Souza',
  country: 'MZ',
  organisation: 'Ministry of Labour',
  constituencyGroup: 'government',
  language: 'pt',
  timeZone: 'UTC',
};

describe('accounts and links', () => {
  let t: TestApp;
  let organizer: ApiClient;
  const logs: string[] = [];

  beforeAll(async () => {
    // Request logs are written at 'log' level (JSON lines): captured here, not printed.
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logs.push(String(chunk));
      return true;
    });
    t = await startTestApp({ TRUST_PROXY: 'loopback', LOG_LEVEL: 'log' });
    organizer = (await signedIn(t, 'organizer')).client;
  });
  afterAll(async () => {
    await t.close();
    jest.restoreAllMocks();
  });

  const tokenOf = (email: ReceivedEmail, page: string) =>
    email.links
      .find((l) => l.includes(`/${page}/`))!
      .split('/')
      .pop()!;
  const nextEmail = (to: string, seen: ReceivedEmail[], subject = /./) =>
    t.mailbox.waitFor(to, (e) => !seen.includes(e) && subject.test(e.subject)).then((email) => (seen.push(email), email));

  /** A POST from the given client address (X-Forwarded-For, believed from loopback). */
  async function postFrom(address: string, path: string, body: unknown, language = 'en') {
    const response = await fetch(`${t.url}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.config.PUBLIC_URL, 'x-forwarded-for': address, 'accept-language': language },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  describe('invitation links', () => {
    it('refuses every other invitation link once the account is active, and never sets its password', async () => {
      const [first, second] = [await createEdition(organizer), await createEdition(organizer)];
      const seen: ReceivedEmail[] = [];
      for (const edition of [first, second]) {
        const enrolled = await organizer.post(`/editions/${edition.id}/enrolments`, { email: 'twice@example.org', name: 'Twice', language: 'es' });
        expect(enrolled.status).toBe(201);
      }
      const [one, two] = [await nextEmail('twice@example.org', seen), await nextEmail('twice@example.org', seen)];
      const [link1, link2] = [tokenOf(one, 'invitation'), tokenOf(two, 'invitation')];

      expect((await t.client().post(`/auth/invitations/${link1}/accept`, { ...profile, password: 'the owner password' })).status).toBe(200);

      const attacker = t.client('es');
      expect((await attacker.get(`/auth/invitations/${link2}`)).status).toBe(410);
      const takeover = await attacker.post(`/auth/invitations/${link2}/accept`, { ...profile, password: 'the attacker password' });
      expect(takeover.status).toBe(410);
      expect(takeover.body).toMatchObject({ code: 'invitation_invalid', message: 'Este enlace de invitación no es válido o ha caducado.' });
      expect(attacker.sessionCookie).toBe('');
      expect((await t.client().post('/auth/sign-in', { email: 'twice@example.org', password: 'the attacker password' })).status).toBe(401);
      expect((await t.client().post('/auth/sign-in', { email: 'twice@example.org', password: 'the owner password' })).status).toBe(200);
    });

    it('invalidates the earlier link when an invitation is sent again', async () => {
      const seen: ReceivedEmail[] = [];
      const invite = () => organizer.post('/users/invitations', { email: 'again@example.org', name: 'Again', role: 'participant', language: 'en' });
      expect((await invite()).status).toBe(201);
      const earlier = tokenOf(await nextEmail('again@example.org', seen), 'invitation');
      expect((await invite()).status).toBe(201);
      const later = tokenOf(await nextEmail('again@example.org', seen), 'invitation');

      expect((await t.client().get(`/auth/invitations/${earlier}`)).status).toBe(410);
      expect((await t.client().post(`/auth/invitations/${earlier}/accept`, { ...profile, password: 'an earlier password' })).status).toBe(410);
      expect((await t.client().post(`/auth/invitations/${later}/accept`, { ...profile, password: 'the later password' })).status).toBe(200);
    });
  });

  describe('pending links end when the password is set', () => {
    /** Two pending reset links; the second asked for after the 2-minute spacing of reset emails. */
    async function twoResetLinks(email: string): Promise<[string, string]> {
      const seen: ReceivedEmail[] = [];
      expect((await t.client().post('/auth/password/forgot', { email })).status).toBe(202);
      const first = tokenOf(await nextEmail(email, seen), 'reset-password');
      await t.dataSource.query(
        `UPDATE user_tokens SET created_at = created_at - interval '10 minutes' WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
        [email],
      );
      expect((await t.client().post('/auth/password/forgot', { email })).status).toBe(202);
      return [first, tokenOf(await nextEmail(email, seen), 'reset-password')];
    }

    it('a successful reset invalidates the other pending reset links', async () => {
      const user = await createUser(t.dataSource, { role: 'participant' });
      const [first, second] = await twoResetLinks(user.email);
      expect((await t.client().post('/auth/password/reset', { token: second, password: 'the second new password' })).status).toBe(204);
      const stale = await t.client().post('/auth/password/reset', { token: first, password: 'the first new password' });
      expect(stale.status).toBe(410);
      expect(stale.body.code).toBe('reset_token_invalid');
    });

    it('a password change invalidates the pending reset links', async () => {
      const { user, client } = await signedIn(t, 'participant');
      const [first, second] = await twoResetLinks(user.email);
      expect((await client.post('/auth/password/change', { currentPassword: TEST_PASSWORD, newPassword: 'a changed long password' })).status).toBe(
        204,
      );
      for (const token of [first, second]) {
        expect((await t.client().post('/auth/password/reset', { token, password: 'a reset long password' })).status).toBe(410);
      }
    });
  });

  describe('links at rest', () => {
    it('keeps invitation, reset and survey links out of the job queue, its archive and the logs', async () => {
      const seen: ReceivedEmail[] = [];
      await organizer.post('/users/invitations', { email: 'secret@example.org', name: 'Secret', role: 'participant', language: 'en' });
      const invitation = tokenOf(await nextEmail('secret@example.org', seen), 'invitation');
      const { user } = await signedIn(t, 'participant');
      await t.client().post('/auth/password/forgot', { email: user.email });
      const reset = tokenOf(await nextEmail(user.email, seen), 'reset-password');
      const edition = await createEdition(organizer);
      const participant = await enrolledParticipant(t, organizer, edition.id);
      await sendNow(organizer, (await createSurvey(organizer, edition.id, 'general_assessment')).id);
      const survey = await invitationToken(t.mailbox, participant.user.email);
      const feed = (await participant.client.post('/agenda/feed')).body.url.split('/').pop().replace('.ics', '');

      // The links work, and every visit to them is logged.
      expect((await t.client().get(`/auth/invitations/${invitation}`)).status).toBe(200);
      expect((await t.client().get(`/survey-links/${survey}`)).status).toBe(200);
      expect((await fetch(`${t.url}/api/agenda/feeds/${feed}.ics`)).status).toBe(200);
      await fetch(`${t.url}/invitation/${invitation}`);
      await fetch(`${t.url}/reset-password/${reset}`);
      await fetch(`${t.url}/s/${survey}`);
      const jobs: { data: string; output: string | null }[] = await t.dataSource.query(
        `SELECT data::text, output::text FROM pgboss.job UNION ALL SELECT data::text, output::text FROM pgboss.archive`,
      );
      expect(jobs.some((job) => job.data.includes('secret@example.org'))).toBe(true);
      const logged = logs.join('');
      expect(logged).toContain('/api/survey-links/');
      for (const token of [invitation, reset, survey, feed]) {
        expect(jobs.filter((job) => job.data.includes(token) || job.output?.includes(token))).toEqual([]);
        expect(logged).not.toContain(token);
      }
    });
  });

  describe('hashing only for a valid link', () => {
    it('answers a made-up reset or invitation token without hashing the password', async () => {
      const hashes = jest.spyOn(kdf, 'scrypt');
      const bogus = 'x'.repeat(43);
      expect((await t.client().post('/auth/password/reset', { token: bogus, password: 'a long enough password' })).status).toBe(410);
      expect((await t.client().post(`/auth/invitations/${bogus}/accept`, { ...profile, password: 'a long enough password' })).status).toBe(410);
      expect(hashes).not.toHaveBeenCalled();
      hashes.mockRestore();
    });

    it('throttles link redemption per address and per token', async () => {
      const bogus = (i: number) => `bogus-token-${String(i).padStart(30, '0')}`;
      const fromOne = await Promise.all(
        Array.from({ length: 35 }, (_, i) =>
          postFrom('203.0.113.20', '/auth/password/reset', { token: bogus(i), password: 'a long enough password' }),
        ),
      );
      expect(fromOne.filter((r) => r.status === 410).length).toBeLessThanOrEqual(30);
      const throttled = fromOne.find((r) => r.status === 429)!;
      expect(throttled.body).toMatchObject({ code: 'too_many_requests', retryAfter: expect.any(Number) });
      expect((await postFrom('203.0.113.21', '/auth/password/reset', { token: bogus(0), password: 'a long enough password' })).status).toBe(410);

      const oneToken = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          postFrom(`203.0.113.${30 + i}`, `/auth/invitations/${bogus(99)}/accept`, { ...profile, password: 'a long enough password' }),
        ),
      );
      expect(oneToken.filter((r) => r.status === 410).length).toBeLessThanOrEqual(5);
      expect(oneToken.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('password policy', () => {
    it('refuses short and common passwords wherever one is chosen, in the caller language', async () => {
      const { client } = await signedIn(t, 'participant');
      const short = await client.post('/auth/password/change', { currentPassword: TEST_PASSWORD, newPassword: 'eleven char' });
      expect(short.status).toBe(400);
      expect(short.body.details).toEqual([{ path: 'newPassword', code: 'password_too_short', message: 'A password needs at least 12 characters.' }]);
      const common = await client.post('/auth/password/change', { currentPassword: TEST_PASSWORD, newPassword: 'Qwerty123456' });
      expect(common.body.details).toEqual([expect.objectContaining({ path: 'newPassword', code: 'password_too_common' })]);

      const seen: ReceivedEmail[] = [];
      await organizer.post('/users/invitations', { email: 'policy@example.org', name: 'Policy', role: 'participant', language: 'fr' });
      const token = tokenOf(await nextEmail('policy@example.org', seen), 'invitation');
      const refused = await t.client('fr').post(`/auth/invitations/${token}/accept`, { ...profile, password: 'leavemealone' });
      expect(refused.body.details).toEqual([
        { path: 'password', code: 'password_too_common', message: 'Ce mot de passe fait partie des plus courants. Choisissez-en un autre.' },
      ]);
      const reset = await t.client().post('/auth/password/reset', { token: 'y'.repeat(43), password: 'x'.repeat(129) });
      expect(reset.body.details).toEqual([expect.objectContaining({ path: 'password', code: 'password_too_long' })]);
      expect((await t.client().post(`/auth/invitations/${token}/accept`, { ...profile, password: 'ñandú über straße 🔑' })).status).toBe(200);
    });
  });

  describe('sign-in', () => {
    it('spends a hash of the real cost on unknown emails and on invited accounts without a password', async () => {
      const known = await createUser(t.dataSource, { role: 'participant' });
      const invited = await createUser(t.dataSource, { role: 'participant', passwordHash: null, activatedAt: null });
      const hashes = jest.spyOn(kdf, 'scrypt');
      for (const email of [known.email, 'nobody-at-all@example.org', invited.email]) {
        expect((await postFrom('203.0.113.40', '/auth/sign-in', { email, password: 'not the password' })).status).toBe(401);
      }
      const [real, unknown, noPassword] = hashes.mock.calls.map(([, , options]) => options);
      expect(hashes).toHaveBeenCalledTimes(3);
      expect(unknown).toEqual(real);
      expect(noPassword).toEqual(real);
      hashes.mockRestore();
    });

    it('checks at most the limit of 20 concurrent wrong guesses', async () => {
      const user = await createUser(t.dataSource, { role: 'participant' });
      const hashes = jest.spyOn(kdf, 'scrypt');
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) => postFrom('203.0.113.50', '/auth/sign-in', { email: user.email, password: `wrong guess ${i}` })),
      );
      expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(5);
      expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(15);
      expect(hashes.mock.calls.length).toBeLessThanOrEqual(5);
      hashes.mockRestore();
    });

    it('locks out the guessing address, not the owner signing in from elsewhere', async () => {
      const user = await createUser(t.dataSource, { role: 'participant' });
      for (let i = 0; i < 5; i++) await postFrom('203.0.113.60', '/auth/sign-in', { email: user.email, password: `wrong guess ${i}` });
      expect((await postFrom('203.0.113.60', '/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).status).toBe(429);
      expect((await postFrom('198.51.100.60', '/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('limits the failures of one address across accounts, without blocking a correct password from a fresh address', async () => {
      const user = await createUser(t.dataSource, { role: 'participant' });
      for (let i = 0; i < 30; i++)
        await postFrom('203.0.113.70', '/auth/sign-in', { email: `sprayed-${i}@example.org`, password: 'spring2026 password' });
      const blocked = await postFrom('203.0.113.70', '/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, 'fr');
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('sign_in_throttled');
      expect((await postFrom('203.0.113.71', '/auth/sign-in', { email: user.email, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('prunes counters whose window is long over', async () => {
      await t.dataSource.query(
        `INSERT INTO rate_counters (key, hits, window_start) VALUES ('sign-in:old@example.org|192.0.2.1', 3, now() - interval '2 days')`,
      );
      await postFrom('203.0.113.80', '/auth/sign-in', { email: 'fresh-key@example.org', password: 'not the password' });
      expect(await t.dataSource.query(`SELECT key FROM rate_counters WHERE key LIKE '%old@example.org%'`)).toEqual([]);
    });
  });
});
