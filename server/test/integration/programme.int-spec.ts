import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { zonedTime, type EditionDetail, type ProgrammeItem } from '@sstc/shared';
import { addItem, createEdition, enrolledFacilitator, enrolledParticipant, TIME_ZONE } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** The editable fields of an item, as the editor sends them back. */
function fieldsOf(item: ProgrammeItem) {
  const { id: _id, kind: _kind, machineDrafts: _drafts, facilitators, ...rest } = item;
  return { ...rest, facilitatorIds: facilitators.map((f) => f.id) };
}

describe('programme', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let edition: EditionDetail;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    edition = await createEdition(organizer, { electives: [{ block: 'A', capacity: 2 }] });
  });
  afterAll(async () => {
    await t.close();
  });

  const session = (day: string, from: string, to: string) => ({
    startsAt: zonedTime(day, from, TIME_ZONE).toISOString(),
    endsAt: zonedTime(day, to, TIME_ZONE).toISOString(),
    room: { en: 'Hall' },
    format: 'fishbowl',
  });

  it('numbers panels on their own and modules together', async () => {
    const panel = await addItem(organizer, edition, 'panel', { title: { en: 'Second panel' } });
    const module = await addItem(organizer, edition, 'elective_module', { title: { en: 'Another elective' }, block: 'B', capacity: 30 });
    expect(panel.number).toBe(2);
    expect(module.number).toBe(3);
    const clash = await organizer.post(`/editions/${edition.id}/programme`, { kind: 'mandatory_module', number: 3, title: { en: 'Clash' } });
    expect(clash.status).toBe(400);
    expect(clash.body.details).toEqual([expect.objectContaining({ path: 'number', code: 'number_taken' })]);
  });

  it('requires a block and a capacity of electives, sessions in the week, and the default-language title', async () => {
    const bad = await organizer.post(`/editions/${edition.id}/programme`, {
      kind: 'elective_module',
      title: { fr: 'Sans anglais' },
      sessions: [session('2001-01-01', '09:00', '10:00'), session(edition.faceToFaceStart, '11:00', '10:00')],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`).sort()).toEqual(
      [
        'block:required',
        'capacity:required',
        'sessions.0.startsAt:session_outside_week',
        'sessions.1.endsAt:end_before_start',
        'title.en:default_translation_required',
      ].sort(),
    );
  });

  it('keeps session ids across edits so calendar entries update in place', async () => {
    const item: ProgrammeItem = await addItem(organizer, edition, 'panel', { title: { en: 'Panel with two sessions' } });
    const updated = await organizer.put(`/programme/${item.id}`, {
      ...fieldsOf(item),
      title: { en: 'Panel with two sessions', es: 'Panel con dos sesiones' },
      sessions: [{ ...item.sessions[0], room: { en: 'Plenary hall', fr: 'Salle plénière' } }, session(edition.faceToFaceEnd, '14:00', '15:30')],
    });
    expect(updated.status).toBe(200);
    expect(updated.body.sessions).toHaveLength(2);
    expect(updated.body.sessions[0]).toMatchObject({ id: item.sessions[0]!.id, room: { en: 'Plenary hall', fr: 'Salle plénière' } });
    expect(updated.body.title.es).toBe('Panel con dos sesiones');
  });

  it('reads an edition page’s programme once for the views of a few seconds, and shows a change made here at once', async () => {
    const item: ProgrammeItem = await addItem(organizer, edition, 'panel', { title: { en: 'Read often' } });
    const titleOnPage = async () =>
      (await organizer.get<EditionDetail>(`/editions/${edition.id}`)).body.programme.find((p) => p.id === item.id)?.title.en;
    expect(await titleOnPage()).toBe('Read often');
    // Written behind the service's back (as another instance would): this instance keeps what it read.
    await t.dataSource.query(`UPDATE programme_items SET title = '{"en": "Changed elsewhere"}' WHERE id = $1`, [item.id]);
    expect(await titleOnPage()).toBe('Read often');
    const updated = await organizer.put(`/programme/${item.id}`, { ...fieldsOf(item), title: { en: 'Changed here' } });
    expect(updated.status).toBe(200);
    expect(await titleOnPage()).toBe('Changed here');
  });

  it('assigns facilitators enrolled in the edition only', async () => {
    const facilitator = await enrolledFacilitator(t, organizer, edition.id);
    const { user: stranger } = await signedIn(t, 'facilitator');
    const item: ProgrammeItem = await addItem(organizer, edition, 'mandatory_module', {
      title: { en: 'Facilitated' },
      facilitatorIds: [facilitator.user.id],
      resourcePersons: ['Dr. Guest Speaker'],
    });
    expect(item.facilitators).toEqual([{ id: facilitator.user.id, name: facilitator.user.name }]);
    expect(item.resourcePersons).toEqual(['Dr. Guest Speaker']);
    const refused = await organizer.put(`/programme/${item.id}`, { ...fieldsOf(item), facilitatorIds: [stranger.id] });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'facilitatorIds', code: 'not_edition_facilitator' })]);
  });

  it('never lowers a capacity below the seats taken, and moves the waitlist up when it grows', async () => {
    const module = edition.programme.find((i) => i.kind === 'elective_module')!;
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await enrolledParticipant(t, organizer, edition.id));
    for (const person of people) await person.client.put(`/editions/${edition.id}/electives/choices`, { itemId: module.id, waitlist: true });

    const lower = await organizer.put(`/programme/${module.id}`, { ...fieldsOf(module), capacity: 1 });
    expect(lower.status).toBe(400);
    expect(lower.body.details).toEqual([expect.objectContaining({ path: 'capacity', code: 'below_seated' })]);

    const raised = await organizer.put(`/programme/${module.id}`, { ...fieldsOf(module), capacity: 3 });
    expect(raised.status).toBe(200);
    const fill = (await organizer.get(`/editions/${edition.id}/electives/fill`)).body;
    expect(fill.blocks.find((b: { block: string }) => b.block === 'A').modules[0]).toMatchObject({ capacity: 3, seated: 3, waitlisted: 1 });
    await t.mailbox.waitFor(people[2]!.user.email, (e) => e.subject.includes('Elective A1'));

    const moveBlock = await organizer.put(`/programme/${module.id}`, { ...fieldsOf(module), capacity: 3, block: 'Z' });
    expect(moveBlock.status).toBe(409);
    expect(moveBlock.body.code).toBe('elective_has_choices');
    expect((await organizer.delete(`/programme/${module.id}`)).status).toBe(409);
  });

  it('deletes an item nobody chose', async () => {
    const item = await addItem(organizer, edition, 'elective_module', { title: { en: 'Cancelled' }, block: 'C', capacity: 5 });
    expect((await organizer.delete(`/programme/${item.id}`)).status).toBe(204);
    expect((await organizer.get(`/editions/${edition.id}`)).body.programme.some((i: { id: string }) => i.id === item.id)).toBe(false);
  });

  it('is edited by organizers only', async () => {
    const { client } = await signedIn(t, 'facilitator');
    const item = edition.programme[0]!;
    expect((await client.put(`/programme/${item.id}`, fieldsOf(item))).status).toBe(403);
    expect((await client.post(`/editions/${edition.id}/programme`, { kind: 'panel', title: { en: 'x' } })).status).toBe(403);
    expect((await client.delete(`/programme/${item.id}`)).status).toBe(403);
  });
});
