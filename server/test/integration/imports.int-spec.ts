import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EditionDetail, EnrolmentImport } from '@sstc/shared';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import { User } from '../../src/modules/users/user.entity.js';
import { createEdition } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('importing participants from CSV', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let edition: EditionDetail;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    edition = await createEdition(organizer);
    await organizer.post(`/editions/${edition.id}/cohorts`, { name: 'Español', language: 'es' });
    await organizer.post(`/editions/${edition.id}/cohorts`, { name: 'Français', language: 'fr' });
  });
  afterAll(async () => {
    await t.close();
  });

  const upload = (csv: string, client = organizer) => client.raw('POST', `/editions/${edition.id}/imports?fileName=people.csv`, csv, 'text/csv');

  async function waitForBulkEmail() {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      const found = t.mailbox.received.find((e) => e.to.endsWith('@bulk.example.org'));
      if (found) return found;
    }
    throw new Error('no invitation of the bulk import arrived');
  }

  async function finished(importId: string): Promise<{ record: EnrolmentImport; progress: number[] }> {
    const progress: number[] = [];
    // 5,000 rows take about 30 s on a quiet machine; a loaded one (parallel suites) takes minutes.
    for (const deadline = Date.now() + 420_000; Date.now() < deadline;) {
      const record = (await organizer.get(`/imports/${importId}`)).body as EnrolmentImport;
      progress.push(record.processed);
      if (record.status === 'done' || record.status === 'failed') return { record, progress };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import did not finish');
  }

  it('previews every row with its translated problems and writes nothing until confirmed', async () => {
    const { client: spanishOrganizer } = await signedIn(t, 'organizer', { language: 'es' });
    const usersBefore = await t.dataSource.getRepository(User).count();
    // Saved by a spreadsheet set to Spanish: semicolons, Spanish headers, a quoted field.
    const csv = [
      'Nombre;Correo electrónico;País;Organización;Grupo de mandantes;Idioma preferido;Cohorte',
      'Carmen Ruiz;carmen@import.example.org;Perú;"Ministerio de Trabajo; Lima";Gobierno;español;Español',
      'Amadou Sow;amadou@import.example.org;SN;CNTS;workers_organization;fr;français',
      ';nobody@import.example.org;;;;;',
      'Bad Email;not-an-email;Atlantis;;Aliens;Klingon;Nowhere',
      'Carmen Again;CARMEN@import.example.org;PE;;;;',
    ].join('\r\n');
    const preview = await upload(csv, spanishOrganizer);
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ status: 'previewed', total: 5, valid: 2, invalid: 3, creates: 2, updates: 0, fileName: 'people.csv' });
    expect(await t.dataSource.getRepository(User).count()).toBe(usersBefore);

    const invalid = (await spanishOrganizer.get(`/imports/${preview.body.id}/rows?only=invalid`)).body;
    expect(invalid.items.map((row: { line: number }) => row.line)).toEqual([4, 5, 6]);
    const problems = (line: number) =>
      invalid.items.find((row: { line: number }) => row.line === line).problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`);
    expect(problems(4)).toEqual(['name:required']);
    expect(problems(5)).toEqual([
      'email:invalid_email',
      'country:unknown_country',
      'constituencyGroup:unknown_constituency_group',
      'language:unknown_language',
      'cohort:unknown_cohort',
    ]);
    expect(problems(6)).toEqual(['email:duplicate_row']);
    expect(invalid.items[0].problems[0].message).toBe('Este campo es obligatorio.');
    expect(invalid.items[1].problems[0].message).toBe('Esta dirección de correo electrónico no es válida.');

    const valid = (await organizer.get(`/imports/${preview.body.id}/rows?only=valid`)).body;
    expect(valid.items[0]).toMatchObject({
      line: 2,
      country: 'PE',
      organisation: 'Ministerio de Trabajo; Lima',
      constituencyGroup: 'government',
      language: 'es',
      cohort: 'Español',
      action: 'create',
    });
    expect(valid.items[1]).toMatchObject({ country: 'SN', language: 'fr', constituencyGroup: 'workers_organization', cohort: 'français' });
  });

  it('writes all valid rows on confirmation, invites each in their language, and refuses a second confirmation', async () => {
    const csv =
      'name,email,country,organisation,constituency group,preferred language,cohort\nAna Souza,ana@import.example.org,BR,CUT,workers_organization,pt,\nLéa Martin,lea@import.example.org,FR,,,fr,Français\nbroken,broken,,,,,\n';
    const preview = (await upload(csv)).body;
    const confirmed = await organizer.post(`/imports/${preview.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(['queued', 'importing', 'done']).toContain(confirmed.body.status);
    expect((await organizer.post(`/imports/${preview.id}/confirm`)).body.code).toBe('import_not_pending');

    const { record } = await finished(preview.id);
    expect(record).toMatchObject({ status: 'done', processed: 2 });
    const enrolments = (await organizer.get(`/editions/${edition.id}/enrolments?q=import.example.org&pageSize=50`)).body.items;
    const lea = enrolments.find((e: { user: { email: string } }) => e.user.email === 'lea@import.example.org');
    expect(lea).toMatchObject({ status: 'invited', cohort: { name: 'Français' }, user: { name: 'Léa Martin', country: 'FR', language: 'fr' } });
    const invitation = await t.mailbox.waitFor('ana@import.example.org');
    expect(invitation.subject).toBe('Está convidado/a para a Academia CSST');
    expect((await t.mailbox.waitFor('lea@import.example.org')).subject).toBe('Vous êtes invité·e à l’Académie CSST');
    // The invitation opens with what the file said about the person, to be confirmed.
    const link = invitation.links.find((l) => l.includes('/invitation/'))!;
    const details = await t.client('pt').get(`/auth/invitations/${link.split('/invitation/')[1]}`);
    expect(details.body).toMatchObject({
      name: 'Ana Souza',
      country: 'BR',
      organisation: 'CUT',
      constituencyGroup: 'workers_organization',
      language: 'pt',
    });
  });

  it('lists the cohorts the file names that the edition lacks, and creates them in one click, making their rows valid', async () => {
    const other = await createEdition(organizer);
    await organizer.post(`/editions/${other.id}/cohorts`, { name: 'English', language: 'en' });
    const csv = [
      'name,email,cohort',
      'Rosa Lima,rosa@cohorts.example.org,Português',
      'Paulo Reis,paulo@cohorts.example.org,portugues',
      'Kim Lee,kim@cohorts.example.org,English',
      'Sara Nour,sara@cohorts.example.org,Árabe',
      'No Mail,,Árabe',
    ].join('\n');
    const preview = (await organizer.raw('POST', `/editions/${other.id}/imports?fileName=people.csv`, csv, 'text/csv')).body as EnrolmentImport;
    expect(preview).toMatchObject({ total: 5, valid: 1, invalid: 4, missingCohorts: ['Português', 'Árabe'] });
    const rows = (await organizer.get(`/imports/${preview.id}/rows?only=invalid`)).body;
    expect(rows.items[0].problems).toEqual([{ field: 'cohort', code: 'unknown_cohort', message: 'No cohort of this edition has this name.' }]);

    const { client: facilitator } = await signedIn(t, 'facilitator');
    expect((await facilitator.post(`/imports/${preview.id}/cohorts`)).status).toBe(403);
    const created = await organizer.post(`/imports/${preview.id}/cohorts`);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ total: 5, valid: 4, invalid: 1, creates: 4, missingCohorts: [] });
    const cohorts = (await organizer.get(`/editions/${other.id}/cohorts`)).body as { name: string; language: string | null }[];
    expect(Object.fromEntries(cohorts.map((c) => [c.name, c.language]))).toEqual({ English: 'en', Português: 'pt', Árabe: null });
    const after = (await organizer.get(`/imports/${preview.id}/rows`)).body.items as { line: number; action: string; problems: { code: string }[] }[];
    expect(after.map((row) => [row.line, row.action, row.problems.map((p) => p.code)])).toEqual([
      [2, 'create', []],
      [3, 'create', []],
      [4, 'create', []],
      [5, 'create', []],
      [6, 'invalid', ['required']],
    ]);
    // Nothing left to create: a second click changes nothing.
    expect((await organizer.post(`/imports/${preview.id}/cohorts`)).body).toMatchObject({ valid: 4, missingCohorts: [] });
    const { record } = await finished((await organizer.post(`/imports/${preview.id}/confirm`)).body.id);
    expect(record).toMatchObject({ status: 'done', processed: 4 });
  });

  it('updates people on a second import instead of duplicating them, and does not invite them twice', async () => {
    const first = (await upload('name,email,cohort\nKofi Boateng,kofi@import.example.org,\n')).body;
    await organizer.post(`/imports/${first.id}/confirm`);
    await finished(first.id);
    await t.mailbox.waitFor('kofi@import.example.org');

    const second = (await upload('name,email,cohort,language\nKofi A. Boateng,kofi@import.example.org,Français,fr\n')).body;
    expect(second).toMatchObject({ creates: 0, updates: 1 });
    await organizer.post(`/imports/${second.id}/confirm`);
    await finished(second.id);
    const users = await t.dataSource.getRepository(User).findBy({ email: 'kofi@import.example.org' });
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ name: 'Kofi A. Boateng', language: 'fr' });
    const enrolment = await t.dataSource
      .getRepository(Enrolment)
      .findOne({ where: { userId: users[0]!.id, editionId: edition.id }, relations: { cohort: true } });
    expect(enrolment!.cohort!.name).toBe('Français');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(t.mailbox.received.filter((e) => e.to === 'kofi@import.example.org')).toHaveLength(1);

    const unchanged = (await upload('name,email,cohort,language\nKofi A. Boateng,kofi@import.example.org,Français,fr\n')).body;
    expect(unchanged).toMatchObject({ creates: 0, updates: 0, valid: 1 });
  });

  it('refuses a file without the required columns, with the missing ones named', async () => {
    const response = await upload('full name;country\nX;BR\n');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'csv_unreadable', details: [{ path: 'email', code: 'required' }] });
    expect((await organizer.raw('POST', `/editions/${edition.id}/imports`, '', 'text/csv')).body.code).toBe('csv_unreadable');
  });

  it('is for organizers only', async () => {
    const { client } = await signedIn(t, 'facilitator');
    expect((await upload('name,email\nA,a@x.org\n', client)).status).toBe(403);
  });

  it('imports 5,000 rows in one transaction and reports progress on the way', async () => {
    const lines = ['name,email,country,preferred language,cohort'];
    const languages = ['en', 'es', 'fr', 'pt'];
    for (let i = 0; i < 5000; i++)
      lines.push(`Participant ${i},p${i}@bulk.example.org,${['BR', 'KE', 'IN', 'CO'][i % 4]},${languages[i % 4]},${i % 2 ? 'Español' : ''}`);
    const started = Date.now();
    const preview = await upload(lines.join('\n'));
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ total: 5000, valid: 5000, creates: 5000 });
    const previewMs = Date.now() - started;

    const confirmedAt = Date.now();
    await organizer.post(`/imports/${preview.body.id}/confirm`);
    const { record, progress } = await finished(preview.body.id);
    expect(record.status).toBe('done');
    expect(record.processed).toBe(5000);
    // Progress was visible while the transaction was still open.
    expect(progress.some((p) => p > 0 && p < 5000)).toBe(true);
    expect(await t.dataSource.getRepository(Enrolment).countBy({ editionId: edition.id, status: 'invited' })).toBeGreaterThanOrEqual(5000);
    // Each invitation is in its person's language (the emails go out one by one after the import).
    const subjects = {
      en: 'You are invited to the SSTC Academy',
      es: 'Está invitado/a a la Academia CSST',
      fr: 'Vous êtes invité·e à l’Académie CSST',
      pt: 'Está convidado/a para a Academia CSST',
    };
    const sample = await waitForBulkEmail();
    const index = Number(/^p(\d+)@/.exec(sample.to)![1]);
    expect(sample.subject).toBe(subjects[languages[index % 4] as keyof typeof subjects]);
    console.info(`5,000-row import: preview ${previewMs} ms, confirmation to done ${Date.parse(record.finishedAt!) - confirmedAt} ms`);
  }, 600_000);
});
