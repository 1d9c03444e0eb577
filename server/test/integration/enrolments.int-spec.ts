import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EditionDetail } from '@sstc/shared';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import { User } from '../../src/modules/users/user.entity.js';
import { createEdition, enrolledFacilitator, enrolledParticipant } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('cohorts and enrolments', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let edition: EditionDetail;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    edition = await createEdition(organizer, { electives: [{ block: 'A', capacity: 5 }] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('enrols a new person as invited and emails the invitation in their language', async () => {
    const response = await organizer.post(`/editions/${edition.id}/enrolments`, {
      email: 'Nadia@Example.org',
      name: 'Nadia Benali',
      language: 'fr',
      country: 'ma',
      constituencyGroup: 'workers_organization',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'invited',
      role: 'participant',
      user: { email: 'nadia@example.org', country: 'MA', language: 'fr', account: 'invited' },
    });
    const email = await t.mailbox.waitFor('nadia@example.org');
    expect(email.subject).toBe('Vous êtes invité·e à l’Académie CSST');

    const again = await organizer.post(`/editions/${edition.id}/enrolments`, { email: 'nadia@example.org', name: 'Nadia', language: 'fr' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_enrolled');
  });

  it('enrols someone who already has an account as active and tells them by email', async () => {
    const { user } = await signedIn(t, 'participant', { language: 'es', name: 'Lucía Gómez' });
    const response = await organizer.post(`/editions/${edition.id}/enrolments`, { email: user.email, name: 'Another name', language: 'en' });
    expect(response.body).toMatchObject({ status: 'active', user: { name: 'Lucía Gómez', language: 'es', account: 'active' } });
    const email = await t.mailbox.waitFor(user.email);
    expect(email.subject).toBe('Está inscrito/a en Test edition');
    // Her own profile is hers: the organizer's spelling did not overwrite it.
    expect((await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id })).name).toBe('Lucía Gómez');
  });

  it('refuses to enrol an organizer account as a participant', async () => {
    const { user } = await signedIn(t, 'organizer');
    const response = await organizer.post(`/editions/${edition.id}/enrolments`, { email: user.email, name: 'X', language: 'en' });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'email', code: 'not_a_participant' })]);
  });

  it('creates cohorts with enrolled facilitators, moves people between them and counts them', async () => {
    const facilitator = await enrolledFacilitator(t, organizer, edition.id);
    const english = await organizer.post(`/editions/${edition.id}/cohorts`, {
      name: 'English',
      language: 'en',
      facilitatorIds: [facilitator.user.id],
    });
    expect(english.status).toBe(201);
    expect(english.body).toMatchObject({ name: 'English', language: 'en', facilitators: [{ id: facilitator.user.id }], participants: 0 });
    const africa = (await organizer.post(`/editions/${edition.id}/cohorts`, { name: 'Africa' })).body;
    const duplicate = await organizer.post(`/editions/${edition.id}/cohorts`, { name: 'English' });
    expect(duplicate.body.details).toEqual([expect.objectContaining({ path: 'name', code: 'name_taken' })]);
    const { user: outsider } = await signedIn(t, 'facilitator');
    expect((await organizer.put(`/cohorts/${africa.id}`, { name: 'Africa', facilitatorIds: [outsider.id] })).status).toBe(400);

    const person = await enrolledParticipant(t, organizer, edition.id);
    expect((await organizer.patch(`/enrolments/${person.enrolmentId}`, { cohortId: english.body.id })).body.cohort).toEqual({
      id: english.body.id,
      name: 'English',
    });
    expect((await organizer.patch(`/enrolments/${person.enrolmentId}`, { cohortId: africa.id })).body.cohort.name).toBe('Africa');
    const other = await createEdition(organizer);
    const foreignCohort = (await organizer.post(`/editions/${other.id}/cohorts`, { name: 'Elsewhere' })).body;
    expect((await organizer.patch(`/enrolments/${person.enrolmentId}`, { cohortId: foreignCohort.id })).status).toBe(400);

    const cohorts = (await organizer.get(`/editions/${edition.id}/cohorts`)).body;
    expect(cohorts.map((c: { name: string; participants: number }) => [c.name, c.participants])).toEqual([
      ['Africa', 1],
      ['English', 0],
    ]);
    expect((await organizer.delete(`/cohorts/${africa.id}`)).status).toBe(204);
    expect((await organizer.get(`/enrolments/${person.enrolmentId}`)).body.cohort).toBeNull();
  });

  it('withdraws and reinstates a person', async () => {
    const person = await enrolledParticipant(t, organizer, edition.id);
    await organizer.patch(`/enrolments/${person.enrolmentId}`, { status: 'withdrawn' });
    expect((await person.client.get(`/editions/${edition.id}`)).status).toBe(403);
    const back = await organizer.patch(`/enrolments/${person.enrolmentId}`, { status: 'active' });
    expect(back.body).toMatchObject({ status: 'active', withdrawnAt: null });
    expect((await person.client.get(`/editions/${edition.id}`)).status).toBe(200);
  });

  it('lists enrolments page by page, filtered by status, role, cohort and search', async () => {
    const listed = await createEdition(organizer);
    const cohort = (await organizer.post(`/editions/${listed.id}/cohorts`, { name: 'Solo' })).body;
    for (const name of ['Zara Ahmed', 'Yusuf Ali', 'Xavier Costa'])
      await organizer.post(`/editions/${listed.id}/enrolments`, {
        email: `${name.split(' ')[0]!.toLowerCase()}@list.example.org`,
        name,
        language: 'en',
      });
    const facilitator = await enrolledFacilitator(t, organizer, listed.id);
    const page = (await organizer.get(`/editions/${listed.id}/enrolments?pageSize=2&role=participant`)).body;
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.items.map((e: { user: { name: string } }) => e.user.name)).toEqual(['Xavier Costa', 'Yusuf Ali']);
    const search = (await organizer.get(`/editions/${listed.id}/enrolments?q=zara`)).body;
    expect(search.items.map((e: { user: { name: string } }) => e.user.name)).toEqual(['Zara Ahmed']);
    expect((await organizer.get(`/editions/${listed.id}/enrolments?role=facilitator`)).body.items[0].user.id).toBe(facilitator.user.id);
    await organizer.patch(`/enrolments/${search.items[0].id}`, { cohortId: cohort.id });
    expect((await organizer.get(`/editions/${listed.id}/enrolments?cohort=${cohort.id}`)).body.total).toBe(1);
    expect((await organizer.get(`/editions/${listed.id}/enrolments?cohort=none&role=participant`)).body.total).toBe(2);
    expect((await organizer.get(`/editions/${listed.id}/enrolments?status=invited`)).body.total).toBe(3);
    expect((await organizer.get(`/editions/${listed.id}/enrolments?status=nonsense`)).status).toBe(400);
    expect(await t.dataSource.getRepository(Enrolment).countBy({ editionId: listed.id })).toBe(4);
  });
});
