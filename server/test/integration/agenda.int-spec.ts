import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EditionDetail, ProgrammeItem } from '@sstc/shared';
import { CalendarFeed } from '../../src/modules/agenda/calendar-feed.entity.js';
import { createEdition, enrolledFacilitator, enrolledParticipant } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('personal agenda', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let edition: EditionDetail;
  let chosen: ProgrammeItem;
  let other: ProgrammeItem;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    edition = await createEdition(organizer, {
      electives: [
        { block: 'A', capacity: 1 },
        { block: 'A', capacity: 5 },
      ],
    });
    [chosen, other] = edition.programme.filter((i) => i.kind === 'elective_module') as [ProgrammeItem, ProgrammeItem];
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a participant the panels, the mandatory modules and their own electives', async () => {
    const { client } = await enrolledParticipant(t, organizer, edition.id);
    const before = (await client.get(`/editions/${edition.id}/agenda`)).body;
    expect(before.view).toBe('participant');
    expect(before.entries.map((e: { kind: string }) => e.kind)).toEqual(['panel', 'mandatory_module']);
    expect(before.blocksWithoutSeat).toEqual(['A']);

    await client.put(`/editions/${edition.id}/electives/choices`, { itemId: chosen.id });
    const after = (await client.get(`/editions/${edition.id}/agenda`)).body;
    expect(after.entries.map((e: { itemId: string }) => e.itemId)).toContain(chosen.id);
    expect(after.entries.map((e: { itemId: string }) => e.itemId)).not.toContain(other.id);
    expect(after.entries.find((e: { itemId: string }) => e.itemId === chosen.id)).toMatchObject({
      status: 'seated',
      block: 'A',
      room: { en: 'Room 1', pt: 'Sala 1' },
    });
    expect(after.blocksWithoutSeat).toEqual([]);
    expect(after.edition).toMatchObject({ timeZone: 'Europe/Rome', code: edition.code });
  });

  it('shows a waitlist place as tentative, in the agenda and in the calendar file', async () => {
    const { client } = await enrolledParticipant(t, organizer, edition.id, { language: 'fr' });
    await client.put(`/editions/${edition.id}/electives/choices`, { itemId: chosen.id, waitlist: true });
    const agenda = (await client.get(`/editions/${edition.id}/agenda`)).body;
    expect(agenda.entries.find((e: { itemId: string }) => e.itemId === chosen.id).status).toBe('waitlisted');
    expect(agenda.blocksWithoutSeat).toEqual(['A']);
    const ics = await fetch(`${t.url}/api/editions/${edition.id}/agenda/ics`, { headers: { cookie: client.sessionCookie } });
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const body = await ics.text();
    expect(body).toContain('SUMMARY:Liste d’attente : Module optionnel 2: Elective A1');
    // No French names: the edition's default language (English) stands in.
    expect(body).toContain('LOCATION:Room 1\\, Turin');
    expect(body).toContain('Salle : Room 1');
    expect(body).toContain('STATUS:TENTATIVE');
  });

  it('gives a Portuguese participant the room and the venue in Portuguese, in the agenda and the .ics download', async () => {
    const { client } = await enrolledParticipant(t, organizer, edition.id, { language: 'pt' });
    const agenda = (await client.get(`/editions/${edition.id}/agenda`)).body;
    expect(agenda.edition.venue).toEqual({ en: 'Turin', pt: 'Turim' });
    expect(agenda.entries[0].room).toEqual({ en: 'Room 1', pt: 'Sala 1' });
    const ics = await (await fetch(`${t.url}/api/editions/${edition.id}/agenda/ics`, { headers: { cookie: client.sessionCookie } })).text();
    expect(ics).toContain('LOCATION:Sala 1\\, Turim');
    expect(ics).not.toContain('Turin');
  });

  it('shows facilitators the sessions they run, and organizers the whole programme', async () => {
    const facilitator = await enrolledFacilitator(t, organizer, edition.id);
    const { id: _id, kind: _kind, machineDrafts: _drafts, facilitators: _f, ...fields } = other;
    await organizer.put(`/programme/${other.id}`, { ...fields, facilitatorIds: [facilitator.user.id] });
    const theirs = (await facilitator.client.get(`/editions/${edition.id}/agenda`)).body;
    expect(theirs.view).toBe('facilitator');
    expect(theirs.entries.filter((e: { runs: boolean }) => e.runs).map((e: { itemId: string }) => e.itemId)).toEqual([other.id]);
    expect(theirs.entries.map((e: { kind: string }) => e.kind).sort()).toEqual(['elective_module', 'panel']);

    const all = (await organizer.get(`/editions/${edition.id}/agenda`)).body;
    expect(all.view).toBe('programme');
    expect(all.entries).toHaveLength(edition.programme.length);
  });

  it('refuses the agenda of an edition the caller is not part of', async () => {
    const { client } = await signedIn(t, 'participant');
    expect((await client.get(`/editions/${edition.id}/agenda`)).status).toBe(403);
    expect((await client.get(`/editions/${edition.id}/agenda/ics`)).status).toBe(403);
  });

  it('serves a private calendar feed by token, stores only its hash, and stops the old one when renewed', async () => {
    const { client, user } = await enrolledParticipant(t, organizer, edition.id, { language: 'pt' });
    await client.put(`/editions/${edition.id}/electives/choices`, { itemId: other.id });
    expect((await client.get('/agenda/feed')).body).toEqual({ active: false, createdAt: null, url: null });

    const created = (await client.post('/agenda/feed')).body;
    expect(created.url).toMatch(/\/api\/agenda\/feeds\/[A-Za-z0-9_-]{40,}\.ics$/);
    const token = created.url.split('/').pop().replace('.ics', '');
    const stored = await t.dataSource.getRepository(CalendarFeed).findOneByOrFail({ userId: user.id });
    expect(stored.tokenHash).not.toContain(token);
    expect((await client.get('/agenda/feed')).body).toMatchObject({ active: true, url: null });

    const feed = await fetch(created.url.replace(t.config.PUBLIC_URL, t.url));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const body = await feed.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('X-WR-CALNAME:Academia CSST – a minha agenda');
    expect(body).toContain(`UID:${other.sessions[0]!.id}@sstc-academy`);
    expect(body).toContain('SUMMARY:Painel 1: Opening panel');
    expect(body).toContain('LOCATION:Sala 1\\, Turim');
    expect(body).toContain('Sala: Sala 1');
    expect(body).not.toContain('Room 1');
    expect(body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    const renewed = (await client.post('/agenda/feed')).body;
    expect(renewed.url).not.toBe(created.url);
    expect((await fetch(created.url.replace(t.config.PUBLIC_URL, t.url))).status).toBe(404);
    expect((await fetch(renewed.url.replace(t.config.PUBLIC_URL, t.url))).status).toBe(200);
    expect((await client.delete('/agenda/feed')).status).toBe(204);
    expect((await fetch(renewed.url.replace(t.config.PUBLIC_URL, t.url))).status).toBe(404);
    expect((await fetch(`${t.url}/api/agenda/feeds/not-a-token.ics`)).status).toBe(404);
  });
});
