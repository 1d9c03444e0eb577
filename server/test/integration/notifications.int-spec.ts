import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { EditionDetail, Notification, NotificationKind, NotificationPage, Practice } from '@sstc/shared';
import { redactTokens } from '../../src/app.factory.js';
import { JobsService } from '../../src/modules/jobs/jobs.service.js';
import { SendNotificationDigestsJob } from '../../src/modules/notifications/jobs/send-notification-digests.job.js';
import type { NotificationRecord } from '../../src/common/notifications/notification-recorder.js';
import { NotificationsService } from '../../src/modules/notifications/notifications.service.js';
import { connect, sleep } from '../factories/discussions.factory.js';
import { createEdition, enrolledParticipant } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ReceivedEmail } from '../setup/mailbox.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('notification centre', () => {
  let t: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    second = await startTestApp({}, { databaseUrl: t.config.DATABASE_URL });
  });
  afterAll(async () => {
    await second?.close();
    await t?.close();
  });

  const record = async (app: TestApp, entry: Partial<NotificationRecord> & { recipientIds: string[] }) => {
    const service = app.app.get(NotificationsService);
    const ids = await app.dataSource.transaction((manager) =>
      service.record(manager, { kind: 'announcement', link: '/discussions', title: { en: 'Module 1', es: 'Módulo 1' }, excerpt: 'Hello', ...entry }),
    );
    await service.publish(ids);
    return ids;
  };
  /** The first email to `to`, whichever instance's worker sent it. */
  const mailTo = (to: string): Promise<ReceivedEmail> => Promise.any([t.mailbox.waitFor(to), second.mailbox.waitFor(to)]);
  const emailsTo = (to: string) => [...t.mailbox.received, ...second.mailbox.received].filter((m) => m.to === to);

  it('lists a person’s own notifications, newest first, by page, and marks them read one by one or all at once', async () => {
    const ana = await signedIn(t, 'participant');
    const bruno = await signedIn(t, 'participant');
    for (const n of [1, 2, 3]) await record(t, { recipientIds: [ana.user.id], excerpt: `Note ${n}` });
    await record(t, { recipientIds: [bruno.user.id], excerpt: 'For Bruno' });

    const first = (await ana.client.get<NotificationPage>('/notifications?pageSize=2')).body;
    expect(first).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2 });
    expect(first.items.map((n) => n.excerpt)).toEqual(['Note 3', 'Note 2']);
    const next = (await ana.client.get<NotificationPage>('/notifications?pageSize=2&page=2')).body;
    expect(next.items.map((n) => n.excerpt)).toEqual(['Note 1']);

    // Bruno's id changes nothing for Ana, and Ana cannot read Bruno's.
    const brunos = (await bruno.client.get<NotificationPage>('/notifications')).body.items;
    expect((await ana.client.post('/notifications/read', { ids: [brunos[0]!.id] })).status).toBe(204);
    expect((await bruno.client.get('/notifications/unread')).body).toEqual({ unread: 1 });

    expect((await ana.client.post('/notifications/read', { ids: [first.items[0]!.id] })).status).toBe(204);
    expect((await ana.client.get('/notifications/unread')).body).toEqual({ unread: 2 });
    expect((await ana.client.get<NotificationPage>('/notifications?unread=true')).body.items.map((n) => n.excerpt)).toEqual(['Note 2', 'Note 1']);
    expect((await ana.client.post('/notifications/read', {})).status).toBe(204);
    expect((await ana.client.get('/notifications/unread')).body).toEqual({ unread: 0 });
    expect((await bruno.client.get('/notifications/unread')).body).toEqual({ unread: 1 });

    expect((await t.client().get('/notifications')).status).toBe(401);
    expect((await ana.client.get('/notifications?pageSize=500')).status).toBe(400);
    expect((await ana.client.post('/notifications/read', { ids: ['not-an-id'] })).status).toBe(400);
  });

  it('records nothing when the change rolls back, and once per subject', async () => {
    const ana = await signedIn(t, 'participant');
    const service = t.app.get(NotificationsService);
    await t.dataSource
      .transaction(async (manager) => {
        await service.record(manager, { kind: 'reply', recipientIds: [ana.user.id], link: '/x' });
        throw new Error('the change failed');
      })
      .catch(() => undefined);
    const subjectId = '00000000-0000-4000-8000-000000000015';
    await record(t, { kind: 'reply', recipientIds: [ana.user.id], subjectId });
    await record(t, { kind: 'reply', recipientIds: [ana.user.id], subjectId });
    expect((await ana.client.get<NotificationPage>('/notifications')).body.total).toBe(1);
  });

  it('sends a new notification live to its person’s sockets only, with the unread count', async () => {
    const ana = await signedIn(t, 'participant');
    const bruno = await signedIn(t, 'participant');
    const [anaSocket, brunoSocket] = await Promise.all([connect(t, ana.client), connect(t, bruno.client)]);
    try {
      const brunoGot: unknown[] = [];
      brunoSocket.on('notification:new', (n: unknown) => brunoGot.push(n));
      const arrived = new Promise<[Notification, number]>((resolve) =>
        anaSocket.once('notification:new', (n: Notification, unread: number) => resolve([n, unread])),
      );
      await record(t, { recipientIds: [ana.user.id], excerpt: 'Live' });
      const [notification, unread] = await arrived;
      expect(notification).toMatchObject({ kind: 'announcement', excerpt: 'Live', title: { en: 'Module 1' }, link: '/discussions', readAt: null });
      expect(unread).toBe(1);
      const cleared = new Promise<{ unread: number }>((resolve) => anaSocket.once('notifications:unread', resolve));
      await ana.client.post('/notifications/read', {});
      expect(await cleared).toEqual({ unread: 0 });
      await sleep(300);
      expect(brunoGot).toEqual([]);
    } finally {
      anaSocket.disconnect();
      brunoSocket.disconnect();
    }
  });

  it('keeps each person’s choice per kind, and refuses to turn off password and invitation emails', async () => {
    const ana = await signedIn(t, 'participant', { language: 'fr' });
    const initial = (await ana.client.get('/notifications/preferences')).body.preferences as {
      kind: NotificationKind;
      delivery: string;
      fixed: boolean;
    }[];
    expect(initial.find((p) => p.kind === 'mention')).toEqual({ kind: 'mention', delivery: 'immediate', fixed: false });
    expect(initial.find((p) => p.kind === 'account')).toEqual({ kind: 'account', delivery: 'immediate', fixed: true });

    const refused = await ana.client.put('/notifications/preferences', {
      preferences: [
        { kind: 'mention', delivery: 'daily' },
        { kind: 'account', delivery: 'off' },
      ],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('notification_kind_fixed');
    expect(refused.body.message).toContain('ne peuvent pas être désactivées');
    // Nothing changed, not even the allowed part.
    expect((await ana.client.get('/notifications/preferences')).body.preferences).toEqual(initial);
    expect((await ana.client.put('/notifications/preferences', { preferences: [{ kind: 'survey_invitation', delivery: 'weekly' }] })).status).toBe(
      422,
    );
    expect((await ana.client.put('/notifications/preferences', { preferences: [{ kind: 'mention', delivery: 'hourly' }] })).status).toBe(400);
    const twice = [
      { kind: 'mention', delivery: 'daily' },
      { kind: 'mention', delivery: 'weekly' },
    ];
    expect((await ana.client.put('/notifications/preferences', { preferences: twice })).status).toBe(400);

    const saved = await ana.client.put('/notifications/preferences', {
      preferences: [
        { kind: 'mention', delivery: 'daily' },
        { kind: 'reply', delivery: 'off' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.preferences.find((p: { kind: string }) => p.kind === 'mention').delivery).toBe('daily');
    // Off: nothing is kept at all.
    await record(t, { kind: 'reply', recipientIds: [ana.user.id] });
    expect((await ana.client.get('/notifications/unread')).body).toEqual({ unread: 0 });
    expect((await t.client().put('/notifications/preferences', { preferences: [{ kind: 'mention', delivery: 'off' }] })).status).toBe(401);
  });

  it('emails a feature’s own email at once to those who chose it, with a one-click unsubscribe that works without signing in', async () => {
    const ana = await signedIn(t, 'participant', { language: 'es' });
    const bruno = await signedIn(t, 'participant');
    await bruno.client.put('/notifications/preferences', { preferences: [{ kind: 'waitlist_promoted', delivery: 'app' }] });
    await record(t, {
      kind: 'waitlist_promoted',
      recipientIds: [ana.user.id, bruno.user.id],
      link: '/editions/x/electives',
      email: (recipient) => ({
        key: `test-promoted:${recipient.id}`,
        template: 'elective_promoted',
        params: { name: recipient.name, module: 'Módulo 7', block: 'A', edition: 'Academia 2016', link: 'http://x/electives' },
      }),
    });
    const email = await mailTo(ana.user.email);
    expect(email.subject).toContain('Módulo 7');
    const oneClick = /^<(.+)>$/.exec(email.headers['list-unsubscribe'] ?? '')?.[1];
    expect(oneClick).toMatch(/\/api\/notifications\/unsubscribe\/.+/);
    expect(email.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const page = email.links.find((link) => link.includes('/unsubscribe/'));
    expect(page).toBeDefined();
    await sleep(500);
    expect(emailsTo(bruno.user.email)).toEqual([]);

    const token = oneClick!.split('/').pop()!;
    const apiPath = `${t.url}/api/notifications/unsubscribe/`;
    // Tampered: another person's id, or another kind, under the same signature.
    const [, kind, signature] = token.split('.');
    for (const forged of [`${bruno.user.id}.${kind}.${signature}`, `${ana.user.id}.all.${signature}`, `${token.slice(0, -2)}xx`, 'garbage']) {
      const response = await fetch(apiPath + forged, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect({ forged, status: response.status }).toEqual({ forged, status: 410 });
    }
    expect((await t.client().get(`/notifications/unsubscribe/${token}`)).body).toEqual({ kinds: ['waitlist_promoted'], done: false });
    // What a mail client does (RFC 8058): a form post, no cookie.
    const response = await fetch(apiPath + token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const preferences = (await ana.client.get('/notifications/preferences')).body.preferences as { kind: string; delivery: string }[];
    expect(preferences.find((p) => p.kind === 'waitlist_promoted')!.delivery).toBe('app');
    expect((await t.client().post(`/notifications/unsubscribe/${token}`, {})).body).toEqual({ kinds: ['waitlist_promoted'], done: true });

    // The link is signed when the email goes out: the queue holds the person and the kind, never the token; logs print neither link.
    const jobs: { data: string }[] = await t.dataSource.query(
      `SELECT data::text FROM pgboss.job WHERE name = 'send-email' UNION ALL SELECT data::text FROM pgboss.archive WHERE name = 'send-email'`,
    );
    expect(jobs.filter((job) => job.data.includes(signature!))).toEqual([]);
    expect(redactTokens(`/api/notifications/unsubscribe/${token}`)).toBe('/api/notifications/unsubscribe/:token');
    expect(redactTokens(`/unsubscribe/${token}`)).toBe('/unsubscribe/:token');
  });

  /** The next 07:05 in the zone after now: "tomorrow morning" for a test clock. */
  async function nextMorning(timeZone: string): Promise<string> {
    const [row] = await t.dataSource.query(
      `SELECT CASE WHEN now() < (date_trunc('day', now() AT TIME ZONE $1) + interval '7 hours 5 minutes') AT TIME ZONE $1
                   THEN (date_trunc('day', now() AT TIME ZONE $1) + interval '7 hours 5 minutes') AT TIME ZONE $1
                   ELSE (date_trunc('day', now() AT TIME ZONE $1) + interval '1 day 7 hours 5 minutes') AT TIME ZONE $1 END AS at`,
      [timeZone],
    );
    return new Date(row.at).toISOString();
  }

  describe('producers', () => {
    it('records a seat won from a waitlist, and sends its email only to those who want email at once', async () => {
      const organizer = (await signedIn(t, 'organizer')).client;
      const edition: EditionDetail = await createEdition(organizer, { electives: [{ block: 'A', capacity: 1 }] });
      const module = edition.programme.find((item) => item.kind === 'elective_module')!;
      const holder = await enrolledParticipant(t, organizer, edition.id);
      const waiting = await enrolledParticipant(t, organizer, edition.id, { language: 'es' });
      await waiting.client.put('/notifications/preferences', { preferences: [{ kind: 'waitlist_promoted', delivery: 'app' }] });
      await holder.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module.id });
      await waiting.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module.id, waitlist: true });
      expect((await holder.client.delete(`/editions/${edition.id}/electives/choices/${module.id}`)).status).toBe(200);
      const list = (await waiting.client.get<NotificationPage>('/notifications')).body;
      expect(list.items).toEqual([
        expect.objectContaining({ kind: 'waitlist_promoted', title: module.title, link: `/editions/${edition.id}/electives`, readAt: null }),
      ]);
      await sleep(1_000);
      // Their enrolment email came; the seat's did not.
      expect(emailsTo(waiting.user.email).filter((email) => email.links.some((link) => link.endsWith('/electives')))).toEqual([]);
    });

    it('records a practice review step for its author and leaves the email to their daily digest', async () => {
      const author = await signedIn(t, 'participant', { language: 'fr', timeZone: 'Africa/Dakar' });
      const organizer = await signedIn(t, 'organizer', { name: 'Olga' });
      await author.client.put('/notifications/preferences', { preferences: [{ kind: 'practice_review', delivery: 'daily' }] });
      const created = await author.client.post<Practice>('/practices', {
        language: 'fr',
        title: { fr: 'Coopératives de Dakar' },
        region: 'africa',
        modality: 'south_south',
      });
      expect((await author.client.post(`/practices/${created.body.id}/submit`, {})).status).toBe(200);
      expect((await organizer.client.post(`/practices/${created.body.id}/publish`, {})).status).toBe(200);
      const list = (await author.client.get<NotificationPage>('/notifications')).body.items;
      expect(list.find((n) => n.detail === 'published')).toMatchObject({
        kind: 'practice_review',
        actor: { name: 'Olga' },
        title: { fr: 'Coopératives de Dakar' },
        link: `/practices/${created.body.id}`,
      });
      await sleep(1_000);
      expect(emailsTo(author.user.email)).toEqual([]);
      expect(await t.app.get(SendNotificationDigestsJob).run({ at: await nextMorning('Africa/Dakar') })).toBe(1);
      const digest = await mailTo(author.user.email);
      expect(digest.subject).toBe('Votre résumé quotidien de l’Académie CSST');
      expect(digest.text).toContain('Olga a relu votre pratique Coopératives de Dakar.');
    });
  });

  describe('digests', () => {
    it('sends one daily digest per person and day, in their language and zone, even from two instances at once', async () => {
      const ana = await signedIn(t, 'participant', { language: 'pt', timeZone: 'America/Sao_Paulo' });
      await ana.client.put('/notifications/preferences', { preferences: [{ kind: 'mention', delivery: 'daily' }] });
      await record(t, { kind: 'mention', recipientIds: [ana.user.id], excerpt: 'Podes ver isto?', title: { en: 'Module 1', pt: 'Módulo 1' } });
      await record(t, { kind: 'announcement', recipientIds: [ana.user.id], excerpt: 'Not in the digest: in the app only' });
      const morning = await nextMorning('America/Sao_Paulo');
      const beforeMorning = new Date(new Date(morning).getTime() - 10 * 60_000).toISOString();

      // Before 07:00 in São Paulo nothing is due (the mention came after the last cutoff).
      expect(await t.app.get(SendNotificationDigestsJob).run({ at: beforeMorning })).toBe(0);
      const sent = await Promise.all([
        t.app.get(SendNotificationDigestsJob).run({ at: morning }),
        second.app.get(SendNotificationDigestsJob).run({ at: morning }),
      ]);
      expect(sent[0] + sent[1]).toBe(1);
      const email = await mailTo(ana.user.email);
      expect(email.subject).toBe('O seu resumo diário da Academia CSST');
      expect(email.text).toContain('mencionou-o/a em Módulo 1: “Podes ver isto?”');
      expect(email.text).not.toContain('Not in the digest');
      expect(email.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      // Later the same morning, and again from either instance: nothing more.
      const later = new Date(new Date(morning).getTime() + 3 * 3_600_000).toISOString();
      expect(await t.app.get(SendNotificationDigestsJob).run({ at: later })).toBe(0);
      expect(await second.app.get(SendNotificationDigestsJob).run({ at: morning })).toBe(0);
      await sleep(1_000);
      expect(emailsTo(ana.user.email)).toHaveLength(1);
    });

    it('sends a weekly digest on Monday morning in the person’s zone, once for the week', async () => {
      const kiri = await signedIn(t, 'participant', { language: 'es', timeZone: 'Pacific/Auckland' });
      await kiri.client.put('/notifications/preferences', { preferences: [{ kind: 'announcement', delivery: 'weekly' }] });
      await record(t, { kind: 'announcement', recipientIds: [kiri.user.id], excerpt: 'Sesión extra el jueves' });
      const [{ monday }] = await t.dataSource.query(
        // The Monday 07:05 that ends the digest week we are in (weeks run from Monday 07:00 local).
        `SELECT ((date_trunc('week', (now() AT TIME ZONE $1) - interval '7 hours') + interval '7 days 7 hours 5 minutes') AT TIME ZONE $1) AS monday`,
        ['Pacific/Auckland'],
      );
      const at = (hours: number) => new Date(new Date(monday).getTime() + hours * 3_600_000).toISOString();
      const job = t.app.get(SendNotificationDigestsJob);
      expect(await job.run({ at: at(-0.25) })).toBe(0);
      expect(await job.run({ at: at(0) })).toBe(1);
      expect(await job.run({ at: at(24) })).toBe(0);
      const email = await mailTo(kiri.user.email);
      expect(email.subject).toBe('Su resumen semanal de la Academia CSST');
      expect(email.text).toContain('Sesión extra el jueves');
    });

    it('sends nothing when the enqueue fails with the claim, and the digest once on the retry', async () => {
      const bruno = await signedIn(t, 'participant', { language: 'en', timeZone: 'Asia/Kolkata' });
      await bruno.client.put('/notifications/preferences', { preferences: [{ kind: 'reply', delivery: 'daily' }] });
      await record(t, { kind: 'reply', recipientIds: [bruno.user.id], excerpt: 'A reply' });
      const morning = await nextMorning('Asia/Kolkata');
      const jobs = t.app.get(JobsService);
      const crash = jest.spyOn(jobs, 'send').mockImplementationOnce(async () => {
        throw new Error('the server died here');
      });
      const job = t.app.get(SendNotificationDigestsJob);
      await expect(job.run({ at: morning })).rejects.toThrow('1 digests failed');
      crash.mockRestore();
      expect(await t.dataSource.query(`SELECT * FROM notification_digests WHERE user_id = $1`, [bruno.user.id])).toEqual([]);
      expect(await job.run({ at: morning })).toBe(1);
      const email = await mailTo(bruno.user.email);
      expect(email.subject).toBe('Your daily SSTC Academy digest');
      expect(email.text).toContain('replied to you in Module 1: “A reply”');
      expect(await job.run({ at: morning })).toBe(0);
    });
  });
});
