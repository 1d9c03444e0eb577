import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { errorResources } from '@sstc/shared';
import type { Edition } from '../../src/modules/courses/edition.entity.js';
import { CoachingBookingsService } from '../../src/modules/coaching/coaching-bookings.service.js';
import { CoachingBooking } from '../../src/modules/coaching/entities/coaching-booking.entity.js';
import { PreAssessmentService } from '../../src/modules/learning/pre-assessment.service.js';
import type { ProgrammeItem } from '../../src/modules/programme/programme-item.entity.js';
import { SurveyResponse } from '../../src/modules/surveys/entities/survey-response.entity.js';
import type { User } from '../../src/modules/users/user.entity.js';
import { createEdition, createModule, enrol } from '../factories/learning.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

const DAY = 86_400_000;

describe('coaching sessions', () => {
  let t: TestApp;
  let edition: Edition;
  let module1: ProgrammeItem;
  let module2: ProgrammeItem;
  let facilitator: { user: User; client: ApiClient };
  let organizer: { user: User; client: ApiClient };

  /** A participant signed in and enrolled in the edition. */
  async function participant(overrides: Partial<User> = {}) {
    const person = await signedIn(t, 'participant', overrides);
    await enrol(t.dataSource, edition, person.user);
    return person;
  }

  async function slot(fields: Record<string, unknown> = {}, by = facilitator.client) {
    const response = await by.post(`/editions/${edition.id}/coaching/slots`, {
      startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
      timeZone: 'Africa/Nairobi',
      durationMinutes: 45,
      meetingLink: 'https://meet.example.org/coaching',
      language: 'pt',
      programmeItemId: module1.id,
      ...fields,
    });
    if (response.status !== 201) throw new Error(`slot: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string };
  }

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource, { preLearningInDays: -60, faceToFaceInDays: -20 });
    facilitator = await signedIn(t, 'facilitator', { name: 'Fatou Facilitator', language: 'fr', timeZone: 'Africa/Dakar' });
    await enrol(t.dataSource, edition, facilitator.user);
    module1 = await createModule(t.dataSource, edition, 1, [facilitator.user]);
    module2 = await createModule(t.dataSource, edition, 2);
    organizer = await signedIn(t, 'organizer');
  });
  afterAll(async () => {
    await t.close();
  });

  it('books the one seat of a slot once among 20 concurrent requests; the others get a translated "full"', async () => {
    const { id } = await slot();
    const people = await Promise.all(Array.from({ length: 20 }, () => participant({ language: 'pt' })));
    const replies = await Promise.all(people.map((p) => p.client.post(`/coaching/slots/${id}/bookings`)));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = replies.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(19);
    for (const reply of refused) {
      expect(reply.status).toBe(409);
      expect(reply.body.code).toBe('coaching_slot_full');
      expect(reply.body.message).toBe(errorResources.pt.errors.coaching_slot_full);
    }
    expect(await t.dataSource.getRepository(CoachingBooking).countBy({ slotId: id })).toBe(1);
  }, 120_000);

  it('fills a group slot up to its capacity and no further', async () => {
    const { id } = await slot({ capacity: 3, programmeItemId: null, need: 'Financiamento de projetos', meetingLink: null, place: 'Sala 2, Turim' });
    const people = await Promise.all(Array.from({ length: 8 }, () => participant()));
    const replies = await Promise.all(people.map((p) => p.client.post(`/coaching/slots/${id}/bookings`)));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(3);
    expect(replies.filter((r) => r.body.code === 'coaching_slot_full')).toHaveLength(5);
    const seen = await people[0]!.client.get(`/coaching/slots/${id}`);
    expect(seen.body.seatsLeft).toBe(0);
    // The same person twice: refused, whoever asks first.
    const again = await Promise.all(
      [1, 2].map(() => people.find((_, i) => replies[i]!.status === 201)!.client.post(`/coaching/slots/${id}/bookings`)),
    );
    expect(again.map((r) => r.body.code)).toEqual(['coaching_already_booked', 'coaching_already_booked']);
  }, 60_000);

  it('confirms by email in the participant’s language and zone, with the session as an .ics', async () => {
    const startsAt = new Date(Date.now() + 4 * DAY);
    startsAt.setUTCHours(13, 0, 0, 0);
    const { id } = await slot({ startsAt: startsAt.toISOString() });
    const ana = await participant({ language: 'pt', timeZone: 'America/Sao_Paulo', name: 'Ana Paula' });
    expect((await ana.client.post(`/coaching/slots/${id}/bookings`)).status).toBe(201);
    const email = await t.mailbox.waitFor(ana.user.email, (e) => e.subject.startsWith('Sessão de coaching reservada'));
    expect(email.text).toContain('Ana Paula');
    expect(email.text).toContain('Fatou Facilitator');
    expect(email.text).toContain('Module 1');
    // 13:00 UTC is 10:00 in São Paulo; the facilitator's zone (Nairobi, 16:00) stands beside it.
    expect(email.text).toMatch(/10:00/);
    expect(email.text).toMatch(/16:00/);
    expect(email.text).toContain('português');
    const calendar = email.attachments.find((a) => a.contentType.startsWith('text/calendar') || a.filename?.endsWith('.ics'));
    expect(calendar?.content).toContain(`DTSTART:${startsAt.toISOString().replace(/[-:]/g, '').replace('.000', '')}`);
    expect(calendar?.content).toContain('METHOD:REQUEST');
    // The facilitator finds the booking among their notifications.
    const inbox = await facilitator.client.get('/notifications');
    expect(
      inbox.body.items.some((n: { kind: string; actor: { name: string } | null }) => n.kind === 'coaching_booking' && n.actor?.name === 'Ana Paula'),
    ).toBe(true);
  }, 60_000);

  it('cancels: the seat frees for someone else and the facilitator is told by email', async () => {
    const { id } = await slot();
    const [first, second] = [await participant({ name: 'Kwame Mensah' }), await participant()];
    const booked = await first.client.post(`/coaching/slots/${id}/bookings`);
    expect((await second.client.post(`/coaching/slots/${id}/bookings`)).body.code).toBe('coaching_slot_full');
    // Nobody else cancels it (not even the facilitator, who could only refuse the seat by deleting the slot).
    expect((await second.client.delete(`/coaching/bookings/${booked.body.bookingId}`)).status).toBe(404);
    expect((await first.client.delete(`/coaching/bookings/${booked.body.bookingId}`)).status).toBe(204);
    const told = await t.mailbox.waitFor(
      facilitator.user.email,
      (e) => e.subject.startsWith('Réservation de coaching annulée') && e.text.includes('Kwame Mensah'),
    );
    expect(told.text).toContain('Module 1');
    const inbox = (await facilitator.client.get('/notifications')).body.items as {
      kind: string;
      detail: string | null;
      actor: { name: string } | null;
    }[];
    expect(inbox.some((n) => n.kind === 'coaching_booking' && n.detail === 'cancelled' && n.actor?.name === 'Kwame Mensah')).toBe(true);
    // Kwame's calendar drops the entry the confirmation added (same UID, higher SEQUENCE).
    const withdrawn = await t.mailbox.waitFor(first.user.email, (e) => e.subject.startsWith('Coaching session cancelled'));
    const booking = await t.mailbox.waitFor(first.user.email, (e) => e.subject.startsWith('Coaching session booked'));
    const uid = (email: typeof booking) => /UID:(\S+)/.exec(email.attachments.find((a) => a.content.includes('BEGIN:VCALENDAR'))!.content)?.[1];
    expect(uid(withdrawn)).toBe(uid(booking));
    expect(withdrawn.attachments.some((a) => a.content.includes('METHOD:CANCEL') && a.content.includes('SEQUENCE:1'))).toBe(true);
    expect((await first.client.delete(`/coaching/bookings/${booked.body.bookingId}`)).status).toBe(404);
    expect((await second.client.post(`/coaching/slots/${id}/bookings`)).status).toBe(201);
    // The facilitator calls the session off: whoever booked it is told, and their calendar entry goes.
    expect((await facilitator.client.delete(`/coaching/slots/${id}`)).status).toBe(204);
    const calledOff = await t.mailbox.waitFor(second.user.email, (e) => e.subject.startsWith('Coaching session called off'));
    expect(calledOff.text).toContain('Fatou Facilitator');
    expect(calledOff.attachments.some((a) => a.content.includes('METHOD:CANCEL'))).toBe(true);
    expect((await second.client.get(`/coaching/slots/${id}`)).status).toBe(404);
  }, 60_000);

  it('reminds 24 hours before, exactly once even with two instances running the job', async () => {
    const startsAt = new Date(Date.now() + 2 * DAY);
    const { id } = await slot({ startsAt: startsAt.toISOString() });
    const person = await participant({ language: 'es' });
    const { bookingId } = (await person.client.post(`/coaching/slots/${id}/bookings`)).body;
    const [job] = await t.dataSource.query(`SELECT start_after FROM pgboss.job WHERE name = 'coaching-send-reminder' AND data->>'bookingId' = $1`, [
      bookingId,
    ]);
    expect(new Date(job.start_after).getTime()).toBe(startsAt.getTime() - DAY);

    const second = await startTestApp({}, { databaseUrl: t.config.DATABASE_URL });
    try {
      // Time travel for the queue only: the job is due now, and both instances poll it.
      await t.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE name = 'coaching-send-reminder' AND data->>'bookingId' = $1`, [
        bookingId,
      ]);
      const reminder = (e: { subject: string }) => e.subject.startsWith('Mañana');
      await Promise.race([t.mailbox.waitFor(person.user.email, reminder, 30_000), second.mailbox.waitFor(person.user.email, reminder, 30_000)]);
      const again = await Promise.all([
        t.app.get(CoachingBookingsService).remind(bookingId),
        second.app.get(CoachingBookingsService).remind(bookingId),
        t.app.get(CoachingBookingsService).remind(bookingId),
        second.app.get(CoachingBookingsService).remind(bookingId),
      ]);
      expect(again).toEqual([false, false, false, false]);
      const [{ queued }] = await t.dataSource.query(
        `SELECT count(*)::int AS queued FROM (SELECT data FROM pgboss.job UNION ALL SELECT data FROM pgboss.archive) j WHERE j.data->>'key' = $1`,
        [`coaching-reminder:${bookingId}`],
      );
      expect(queued).toBe(1);
    } finally {
      await second.close();
    }
    const received = [...t.mailbox.received].filter((e) => e.to === person.user.email && e.subject.startsWith('Mañana'));
    expect(received.length).toBeLessThanOrEqual(1);
    // A cancelled booking is never reminded.
    const other = await participant();
    const { id: later } = await slot({ startsAt: new Date(Date.now() + 5 * DAY).toISOString() });
    const cancelled = (await other.client.post(`/coaching/slots/${later}/bookings`)).body.bookingId;
    await other.client.delete(`/coaching/bookings/${cancelled}`);
    expect(await t.app.get(CoachingBookingsService).remind(cancelled)).toBe(false);
  }, 120_000);

  it('recommends first the slots on a module the participant rated as a gap in the pre-assessment', async () => {
    const surveyId = await t.dataSource.transaction((manager) => t.app.get(PreAssessmentService).ensureSurvey(edition.id, manager));
    const person = await participant();
    await t.dataSource.getRepository(SurveyResponse).save({
      surveyId,
      userId: person.user.id,
      submittedAt: new Date(),
      submittedOn: new Date().toISOString().slice(0, 10),
      language: 'en',
      answers: { knowledge_em1: 4, knowledge_em2: 1 },
    });
    const soon = await slot({ startsAt: new Date(Date.now() + 1.5 * DAY).toISOString(), programmeItemId: module1.id });
    const later = await slot({ startsAt: new Date(Date.now() + 6 * DAY).toISOString(), programmeItemId: module2.id });
    const list = (await person.client.get(`/editions/${edition.id}/coaching/slots`)).body;
    expect(list.gapItemIds).toEqual([module2.id]);
    const ids = list.items.map((s: { id: string }) => s.id);
    expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(list.items[0].recommended).toBe(true);
    expect(list.items.find((s: { id: string }) => s.id === soon.id).recommended).toBe(false);
  }, 60_000);

  describe('authorization', () => {
    it('lets only the edition’s participants book, and only its facilitators publish', async () => {
      const { id } = await slot();
      const outsider = await signedIn(t, 'participant');
      expect((await outsider.client.post(`/coaching/slots/${id}/bookings`)).status).toBe(404);
      expect((await outsider.client.get(`/coaching/slots/${id}`)).status).toBe(404);
      expect((await outsider.client.get(`/editions/${edition.id}/coaching/slots`)).status).toBe(403);
      expect((await facilitator.client.post(`/coaching/slots/${id}/bookings`)).status).toBe(403);
      expect((await organizer.client.post(`/coaching/slots/${id}/bookings`)).status).toBe(403);
      const member = await participant();
      const created = await member.client.post(`/editions/${edition.id}/coaching/slots`, { startsAt: new Date(Date.now() + DAY).toISOString() });
      expect(created.status).toBe(403);
      const strangerFacilitator = await signedIn(t, 'facilitator');
      const stranger = await strangerFacilitator.client.post(`/editions/${edition.id}/coaching/slots`, {
        startsAt: new Date(Date.now() + DAY).toISOString(),
        timeZone: 'UTC',
        durationMinutes: 30,
        meetingLink: 'https://meet.example.org/x',
        language: 'en',
        need: 'x',
      });
      expect(stranger.status).toBe(403);
      expect((await member.client.post('/coaching/slots/00000000-0000-4000-8000-000000000000/bookings')).status).toBe(404);
    });

    it('lets only the slot’s facilitator or an organizer edit it and read or write its notes', async () => {
      const { id } = await slot();
      const member = await participant();
      const { bookingId } = (await member.client.post(`/coaching/slots/${id}/bookings`)).body;
      const colleague = await signedIn(t, 'facilitator');
      await enrol(t.dataSource, edition, colleague.user);
      const update = {
        startsAt: new Date(Date.now() + 3 * DAY).toISOString(),
        timeZone: 'UTC',
        durationMinutes: 45,
        meetingLink: 'https://meet.example.org/other',
        language: 'en',
        need: 'Other',
      };
      expect((await colleague.client.put(`/coaching/slots/${id}`, update)).status).toBe(403);
      expect((await colleague.client.delete(`/coaching/slots/${id}`)).status).toBe(403);
      expect((await colleague.client.put(`/coaching/bookings/${bookingId}/notes`, { notes: 'x' })).status).toBe(403);
      expect((await member.client.put(`/coaching/bookings/${bookingId}/notes`, { notes: 'x' })).status).toBe(403);

      expect((await facilitator.client.put(`/coaching/bookings/${bookingId}/notes`, { notes: 'Wants examples from Mozambique.' })).status).toBe(200);
      const own = (await facilitator.client.get(`/coaching/slots/${id}`)).body;
      expect(own.bookings[0].notes).toBe('Wants examples from Mozambique.');
      const byOrganizer = (await organizer.client.get(`/coaching/slots/${id}`)).body;
      expect(byOrganizer.bookings[0].participant.id).toBe(member.user.id);
      // Nobody else sees who booked, nor the notes.
      for (const reader of [member, colleague]) {
        const seen = (await reader.client.get(`/coaching/slots/${id}`)).body;
        expect(seen.bookings).toBeUndefined();
        expect(JSON.stringify(seen)).not.toContain('Mozambique');
      }
      // A booked slot keeps its time; a change of link is fine; the organizer may edit too.
      expect((await facilitator.client.put(`/coaching/slots/${id}`, update)).body.code).toBe('coaching_slot_booked');
      const sameTime = { ...update, startsAt: own.startsAt, durationMinutes: own.durationMinutes };
      expect((await organizer.client.put(`/coaching/slots/${id}`, sameTime)).status).toBe(200);
    });

    it('refuses a slot in the past, a panel as topic, and a slot without a place or a topic, with field problems', async () => {
      expect(
        (
          await facilitator.client.post(`/editions/${edition.id}/coaching/slots`, {
            startsAt: new Date(Date.now() - DAY).toISOString(),
            timeZone: 'UTC',
            durationMinutes: 30,
            meetingLink: 'https://meet.example.org/x',
            language: 'en',
            need: 'x',
          })
        ).body.code,
      ).toBe('coaching_slot_past');
      const bad = await facilitator.client.post(`/editions/${edition.id}/coaching/slots`, {
        startsAt: new Date(Date.now() + DAY).toISOString(),
        timeZone: 'UTC',
        durationMinutes: 30,
        language: 'en',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['meetingLink', 'need']);
    });
  });
});
