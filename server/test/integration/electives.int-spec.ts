import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, dateIn, type EditionDetail } from '@sstc/shared';
import { ElectiveChoice } from '../../src/modules/enrolments/elective-choice.entity.js';
import { createEdition, enrolledFacilitator, enrolledParticipant, TIME_ZONE } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { membershipChanges } from '../setup/membership-changes.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('elective choice', () => {
  let t: TestApp;
  let organizer: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
  });
  afterAll(async () => {
    await t.close();
  });

  const electives = (edition: EditionDetail) => edition.programme.filter((item) => item.kind === 'elective_module');

  it('seats a participant, lets them change within the block, and shows seats left', async () => {
    const edition = await createEdition(organizer, {
      electives: [
        { block: 'A', capacity: 2 },
        { block: 'A', capacity: 2 },
        { block: 'B', capacity: 2 },
      ],
    });
    const [a1, a2, b1] = electives(edition);
    const { client, user } = await enrolledParticipant(t, organizer, edition.id);

    const first = await client.put(`/editions/${edition.id}/electives/choices`, { itemId: a1!.id });
    expect(first.status).toBe(200);
    expect(first.body.window.state).toBe('open');
    expect(first.body.canChoose).toBe(true);
    const blockA = first.body.blocks.find((b: { block: string }) => b.block === 'A');
    expect(blockA.choice).toMatchObject({ itemId: a1!.id, status: 'seated', waitlistPosition: null });
    expect(blockA.modules.find((m: { id: string }) => m.id === a1!.id)).toMatchObject({ seated: 1, seatsLeft: 1 });

    await client.put(`/editions/${edition.id}/electives/choices`, { itemId: b1!.id });
    const moved = await client.put(`/editions/${edition.id}/electives/choices`, { itemId: a2!.id });
    const after = moved.body.blocks.find((b: { block: string }) => b.block === 'A');
    expect(after.choice.itemId).toBe(a2!.id);
    expect(after.modules.map((m: { seated: number }) => m.seated)).toEqual([0, 1]);
    expect(moved.body.blocks.find((b: { block: string }) => b.block === 'B').choice.itemId).toBe(b1!.id);
    expect(await t.dataSource.getRepository(ElectiveChoice).countBy({ userId: user.id })).toBe(2);
    expect(await membershipChanges(t, user.id)).toContainEqual(
      expect.objectContaining({ change: 'seated', userIds: [user.id], editionId: edition.id, itemId: a2!.id }),
    );
  });

  it('answers a full module clearly, then puts the participant on its waitlist when asked', async () => {
    const edition = await createEdition(organizer, {
      electives: [
        { block: 'A', capacity: 1 },
        { block: 'A', capacity: 5 },
      ],
    });
    const [small, large] = electives(edition);
    const first = await enrolledParticipant(t, organizer, edition.id);
    const second = await enrolledParticipant(t, organizer, edition.id, { language: 'fr' });
    await first.client.put(`/editions/${edition.id}/electives/choices`, { itemId: small!.id });

    await second.client.put(`/editions/${edition.id}/electives/choices`, { itemId: large!.id });
    const full = await second.client.put(`/editions/${edition.id}/electives/choices`, { itemId: small!.id });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'elective_full', message: 'Ce module est complet. Vous pouvez vous inscrire sur sa liste d’attente.' });
    // Refused: the seat in the other module is kept.
    const unchanged = await second.client.get(`/editions/${edition.id}/electives`);
    expect(unchanged.body.blocks[0].choice).toMatchObject({ itemId: large!.id, status: 'seated' });

    const waiting = await second.client.put(`/editions/${edition.id}/electives/choices`, { itemId: small!.id, waitlist: true });
    expect(waiting.body.blocks[0].choice).toMatchObject({ itemId: small!.id, status: 'waitlisted', waitlistPosition: 1 });
    expect(waiting.body.blocks[0].modules.find((m: { id: string }) => m.id === small!.id)).toMatchObject({ seated: 1, seatsLeft: 0, waitlisted: 1 });
  });

  it('promotes the first on the waitlist when a seat frees, and emails them in their language', async () => {
    const edition = await createEdition(organizer, { electives: [{ block: 'A', capacity: 1 }] });
    const [module] = electives(edition);
    const holder = await enrolledParticipant(t, organizer, edition.id);
    const firstInLine = await enrolledParticipant(t, organizer, edition.id, { language: 'pt' });
    const secondInLine = await enrolledParticipant(t, organizer, edition.id);
    await holder.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module!.id });
    await firstInLine.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module!.id, waitlist: true });
    await secondInLine.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module!.id, waitlist: true });
    expect((await secondInLine.client.get(`/editions/${edition.id}/electives`)).body.blocks[0].choice.waitlistPosition).toBe(2);

    const left = await holder.client.delete(`/editions/${edition.id}/electives/choices/${module!.id}`);
    expect(left.status).toBe(200);
    expect(left.body.blocks[0].choice).toBeNull();

    const promoted = await firstInLine.client.get(`/editions/${edition.id}/electives`);
    expect(promoted.body.blocks[0].choice).toMatchObject({ status: 'seated' });
    expect((await secondInLine.client.get(`/editions/${edition.id}/electives`)).body.blocks[0].choice.waitlistPosition).toBe(1);
    const email = await t.mailbox.waitFor(firstInLine.user.email, (e) => e.subject.startsWith('Tem um lugar'));
    expect(email.text).toContain('Elective A1');
    expect(email.links.some((link) => link.endsWith(`/editions/${edition.id}/electives`))).toBe(true);
    expect(await membershipChanges(t, firstInLine.user.id)).toContainEqual(
      expect.objectContaining({ change: 'promoted', userIds: [firstInLine.user.id], editionId: edition.id, itemId: module!.id }),
    );
  });

  it('frees the seats of a withdrawn participant and tells other features', async () => {
    const edition = await createEdition(organizer, {
      electives: [
        { block: 'A', capacity: 1 },
        { block: 'B', capacity: 1 },
      ],
    });
    const [a, b] = electives(edition);
    const leaving = await enrolledParticipant(t, organizer, edition.id);
    const waiting = await enrolledParticipant(t, organizer, edition.id);
    await leaving.client.put(`/editions/${edition.id}/electives/choices`, { itemId: a!.id });
    await leaving.client.put(`/editions/${edition.id}/electives/choices`, { itemId: b!.id });
    await waiting.client.put(`/editions/${edition.id}/electives/choices`, { itemId: a!.id, waitlist: true });

    const response = await organizer.patch(`/enrolments/${leaving.enrolmentId}`, { status: 'withdrawn' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'withdrawn', electives: [] });
    expect(await membershipChanges(t, leaving.user.id)).toContainEqual(
      expect.objectContaining({ change: 'withdrawn', userIds: [leaving.user.id], editionId: edition.id }),
    );
    expect(await membershipChanges(t, waiting.user.id)).toContainEqual(expect.objectContaining({ change: 'promoted', itemId: a!.id }));
    const fill = (await organizer.get(`/editions/${edition.id}/electives/fill`)).body;
    expect(fill.blocks.map((block: { modules: { seated: number; waitlisted: number }[] }) => block.modules[0])).toMatchObject([
      { seated: 1, waitlisted: 0 },
      { seated: 0, waitlisted: 0 },
    ]);
    expect((await leaving.client.get(`/editions/${edition.id}/electives`)).status).toBe(403);
    expect((await leaving.client.put(`/editions/${edition.id}/electives/choices`, { itemId: b!.id })).status).toBe(403);
  });

  it('locks choices after the deadline for participants, while organizers can still move people', async () => {
    const edition = await createEdition(organizer, {
      electives: [
        { block: 'A', capacity: 3 },
        { block: 'A', capacity: 3 },
      ],
    });
    const [a1, a2] = electives(edition);
    const person = await enrolledParticipant(t, organizer, edition.id, { language: 'es' });
    await person.client.put(`/editions/${edition.id}/electives/choices`, { itemId: a1!.id });
    // The organizer brings the deadline forward to yesterday.
    const yesterday = addDays(dateIn(TIME_ZONE), -1);
    expect((await organizer.patch(`/editions/${edition.id}`, { electiveDeadline: yesterday, preLearningOpens: addDays(yesterday, -3) })).status).toBe(
      200,
    );

    const elsewhere = await person.client.put(`/editions/${randomUUID()}/electives/choices`, { itemId: a2!.id });
    expect(elsewhere.status).toBe(404);
    const late = await person.client.put(`/editions/${edition.id}/electives/choices`, { itemId: a2!.id });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('elective_window_closed');
    expect(late.body.message).toContain('plazo');
    expect((await person.client.get(`/editions/${edition.id}/electives`)).body.window.state).toBe('closed');

    const moved = await organizer.put(`/enrolments/${person.enrolmentId}/electives`, { itemId: a2!.id });
    expect(moved.status).toBe(200);
    expect(moved.body.electives).toEqual([expect.objectContaining({ block: 'A', itemId: a2!.id, status: 'seated' })]);
  });

  it('refuses choices before the window opens', async () => {
    const edition = await createEdition(organizer, { electives: [{ block: 'A', capacity: 3 }] });
    const tomorrow = addDays(dateIn(TIME_ZONE), 1);
    await organizer.patch(`/editions/${edition.id}`, { preLearningOpens: tomorrow });
    const person = await enrolledParticipant(t, organizer, edition.id);
    const early = await person.client.put(`/editions/${edition.id}/electives/choices`, { itemId: electives(edition)[0]!.id });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('elective_window_not_open');
  });

  it('refuses an item that is not an elective of the edition', async () => {
    const edition = await createEdition(organizer, { electives: [{ block: 'A', capacity: 3 }] });
    const person = await enrolledParticipant(t, organizer, edition.id);
    const panel = edition.programme.find((item) => item.kind === 'panel')!;
    const response = await person.client.put(`/editions/${edition.id}/electives/choices`, { itemId: panel.id });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'itemId', code: 'invalid_value' })]);
  });

  it('never seats more than the capacity under many simultaneous choices', async () => {
    const capacity = 3;
    const edition = await createEdition(organizer, {
      electives: [
        { block: 'A', capacity },
        { block: 'A', capacity: 50 },
      ],
    });
    const [small, large] = electives(edition);
    const people = await Promise.all(Array.from({ length: 24 }, () => enrolledParticipant(t, organizer, edition.id)));
    // Half already sit in the large module: their change must free that seat in the same move.
    await Promise.all(people.slice(0, 12).map((p) => p.client.put(`/editions/${edition.id}/electives/choices`, { itemId: large!.id })));

    const answers = await Promise.all(
      people.map((p, i) => p.client.put(`/editions/${edition.id}/electives/choices`, { itemId: small!.id, waitlist: i % 2 === 0 })),
    );
    expect(answers.every((a) => a.status === 200 || (a.status === 409 && a.body.code === 'elective_full'))).toBe(true);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(capacity);

    const rows = await t.dataSource.getRepository(ElectiveChoice).findBy({ editionId: edition.id });
    expect(rows.filter((r) => r.itemId === small!.id && r.status === 'seated')).toHaveLength(capacity);
    expect(rows.filter((r) => r.itemId === large!.id && r.status === 'seated').length).toBeLessThanOrEqual(50);
    // One row per person and block, whatever happened.
    expect(new Set(rows.map((r) => r.userId)).size).toBe(rows.length);
    // Refused people kept what they had; the waitlisters wait in the small module.
    expect(people.map((person) => rows.find((r) => r.userId === person.user.id)?.itemId ?? null)).toEqual(
      answers.map((answer, i) => (answer.status === 409 ? (i < 12 ? large!.id : null) : small!.id)),
    );
  });

  it('shows organizers fill rates, lists and a CSV export; facilitators see the lists of their module', async () => {
    const edition = await createEdition(organizer, { electives: [{ block: 'A', capacity: 1 }] });
    const [module] = electives(edition);
    const facilitator = await enrolledFacilitator(t, organizer, edition.id);
    const item = edition.programme.find((i) => i.id === module!.id)!;
    await organizer.put(`/programme/${module!.id}`, {
      ...item,
      facilitatorIds: [facilitator.user.id],
      sessions: item.sessions,
      facilitators: undefined,
      id: undefined,
      kind: undefined,
      machineDrafts: undefined,
    });
    const seated = await enrolledParticipant(t, organizer, edition.id, { name: 'Ana Seated' });
    const waiting = await enrolledParticipant(t, organizer, edition.id, { name: 'Bo, "Waiting"' });
    await enrolledParticipant(t, organizer, edition.id);
    await seated.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module!.id });
    await waiting.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module!.id, waitlist: true });

    const fill = (await organizer.get(`/editions/${edition.id}/electives/fill`)).body;
    expect(fill).toMatchObject({
      participants: 3,
      blocks: [{ block: 'A', undecided: 1, modules: [{ id: module!.id, capacity: 1, seated: 1, waitlisted: 1 }] }],
    });

    const list = await facilitator.client.get(`/programme/${module!.id}/participants?status=waitlisted`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ name: 'Bo, "Waiting"', status: 'waitlisted', waitlistPosition: 1 }] });
    const { client: otherFacilitator } = await signedIn(t, 'facilitator');
    expect((await otherFacilitator.get(`/programme/${module!.id}/participants`)).status).toBe(403);

    const csv = await fetch(`${t.url}/api/editions/${edition.id}/electives/export`, { headers: { cookie: organizer.sessionCookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`${edition.code}-electives.csv`);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('block,module_number,module,status,waitlist_position,name,email,country,language,cohort,chosen_at');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 5).join(','))).toEqual(['A,2,Elective A1,seated,', 'A,2,Elective A1,waitlisted,1']);
    expect(lines[2]).toContain('"Bo, ""Waiting"""');

    // A French spreadsheet separates cells with semicolons; ?delimiter= overrides the language.
    const { client: frenchOrganizer } = await signedIn(t, 'organizer', { language: 'fr' });
    const exported = async (query = '') =>
      (
        await (
          await fetch(`${t.url}/api/editions/${edition.id}/electives/export${query}`, { headers: { cookie: frenchOrganizer.sessionCookie } })
        ).text()
      )
        .trim()
        .split('\r\n');
    const french = await exported();
    expect(french[0]).toBe('block;module_number;module;status;waitlist_position;name;email;country;language;cohort;chosen_at');
    expect(french[2]).toContain(';"Bo, ""Waiting""";');
    expect((await exported('?delimiter=comma'))[0]).toBe(lines[0]);
    expect((await frenchOrganizer.get(`/editions/${edition.id}/electives/export?delimiter=tab`)).status).toBe(400);
  });
});
