import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { LearningPackage, LearningUnit as LearningUnitDto, ProgressDashboard } from '@sstc/shared';
import { Edition } from '../../src/modules/courses/edition.entity.js';
import { LearningProgress } from '../../src/modules/learning/learning-progress.entity.js';
import { LearningUnit } from '../../src/modules/learning/learning-unit.entity.js';
import { DEMO_PASSWORD, DemoSeedService } from '../../src/modules/seed/demo-seed.service.js';
import { createCohort, createEdition, createModule, enrol, seat } from '../factories/learning.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { until } from '../setup/until.js';

const unitInput = (overrides: Record<string, unknown> = {}) => ({
  title: { en: 'Decent work', es: 'Trabajo decente' },
  body: { en: 'About **SDG 8**.', es: 'Sobre el **ODS 8**.' },
  keyQuestions: [{ en: 'Why?', es: '¿Por qué?' }],
  resources: [],
  programmeItemId: null,
  estimatedMinutes: 5,
  ...overrides,
});

describe('pre-learning package', () => {
  let t: TestApp;
  let organizer: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    ({ client: organizer } = await signedIn(t, 'organizer'));
  });
  afterAll(async () => {
    await t.close();
  });

  describe('demo package', () => {
    it('gives both demo editions one unit per panel and module, in all four languages, with key questions', async () => {
      await t.app.get(DemoSeedService).seedIfEmpty();
      for (const edition of await t.dataSource.getRepository(Edition).find()) {
        const pkg = (await organizer.get<LearningPackage>(`/editions/${edition.id}/learning`)).body;
        expect(pkg.units).toHaveLength(15);
        expect(
          pkg.units
            .filter((u) => u.programmeItem)
            .map((u) => u.programmeItem!.kind)
            .sort(),
        ).toEqual(
          [
            ...Array<string>(4).fill('elective_module'),
            ...Array<string>(4).fill('elective_module'),
            'mandatory_module',
            'mandatory_module',
            'panel',
            'panel',
            'panel',
            'panel',
          ].sort(),
        );
        expect(pkg.units.every((u) => u.missingLanguages.length === 0)).toBe(true);
      }
      const units = await t.dataSource.getRepository(LearningUnit).find();
      expect(
        units.every((u) => u.keyQuestions.length > 0 && ['en', 'es', 'fr', 'pt'].every((l) => u.keyQuestions[0]![l as 'en'] && u.body[l as 'en'])),
      ).toBe(true);
    });

    it('sends the upcoming demo edition its pre-assessment, which a demo participant finds on the package', async () => {
      await t.app.get(DemoSeedService).seedIfEmpty();
      const upcoming = (await t.dataSource.getRepository(Edition).find()).find((e) => e.code !== 'SSTC-2016')!;
      const participant = t.client('pt');
      expect((await participant.post('/auth/sign-in', { email: 'participant@academy.example.org', password: DEMO_PASSWORD })).status).toBe(200);
      const deadline = Date.now() + 15_000;
      let pkg: LearningPackage;
      do {
        pkg = (await participant.get<LearningPackage>(`/editions/${upcoming.id}/learning`)).body;
        if (!pkg.preAssessment.invitationId) await new Promise((resolve) => setTimeout(resolve, 200));
      } while (!pkg.preAssessment.invitationId && Date.now() < deadline);
      expect(pkg.preAssessment).toMatchObject({ surveyId: expect.any(String), invitationId: expect.any(String), responded: false });
    });
  });

  describe('visibility', () => {
    it('shows a participant only the opening date before pre-learning opens', async () => {
      const edition = await createEdition(t.dataSource, { preLearningInDays: 10, faceToFaceInDays: 40 });
      const created = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput())).body;
      const { user, client } = await signedIn(t, 'participant');
      await enrol(t.dataSource, edition, user);
      const pkg = (await client.get<LearningPackage>(`/editions/${edition.id}/learning`)).body;
      expect(pkg.open).toBe(false);
      expect(pkg.opensOn).toBe(edition.preLearningOpens);
      expect(pkg.units).toEqual([]);
      const read = await client.get(`/learning/units/${created.id}`);
      expect(read.status).toBe(403);
      expect(read.body.code).toBe('learning_not_open');
      expect((await client.put(`/learning/units/${created.id}/progress`, { completed: true })).status).toBe(403);
      expect(await t.dataSource.getRepository(LearningProgress).countBy({ unitId: created.id })).toBe(0);
    });

    it('shows the package to enrolled participants once open, and to no one outside or withdrawn', async () => {
      const edition = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
      const created = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput())).body;
      const enrolled = await signedIn(t, 'participant');
      await enrol(t.dataSource, edition, enrolled.user);
      const withdrawn = await signedIn(t, 'participant');
      await enrol(t.dataSource, edition, withdrawn.user, { status: 'withdrawn' });
      const outsider = await signedIn(t, 'participant');

      const pkg = (await enrolled.client.get<LearningPackage>(`/editions/${edition.id}/learning`)).body;
      expect(pkg.open).toBe(true);
      expect(pkg.units.map((u) => u.id)).toEqual([created.id]);
      expect(pkg.progress).toEqual({ completed: 0, total: 1, percent: 0, nextUnitId: created.id });
      expect((await enrolled.client.get(`/learning/units/${created.id}`)).status).toBe(200);
      for (const other of [withdrawn.client, outsider.client]) {
        expect((await other.get(`/editions/${edition.id}/learning`)).status).toBe(403);
        expect((await other.get(`/learning/units/${created.id}`)).status).toBe(403);
        expect((await other.put(`/learning/units/${created.id}/progress`, {})).status).toBe(403);
      }
      expect((await t.client().get(`/editions/${edition.id}/learning`)).status).toBe(401);
    });

    it('shows a facilitator general units and units of their modules, and lets them edit only the latter', async () => {
      const edition = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
      const facilitator = await signedIn(t, 'facilitator');
      await enrol(t.dataSource, edition, facilitator.user);
      const mine = await createModule(t.dataSource, edition, 1, [facilitator.user]);
      const theirs = await createModule(t.dataSource, edition, 2);
      const general = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput())).body;
      const other = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput({ programmeItemId: theirs.id }))).body;
      const own = await facilitator.client.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput({ programmeItemId: mine.id }));
      expect(own.status).toBe(201);

      const pkg = (await facilitator.client.get<LearningPackage>(`/editions/${edition.id}/learning`)).body;
      expect(pkg.units.map((u) => [u.id, u.canEdit])).toEqual([
        [general.id, false],
        [own.body.id, true],
      ]);
      expect((await facilitator.client.get(`/learning/units/${other.id}`)).status).toBe(403);
      expect((await facilitator.client.patch(`/learning/units/${general.id}`, { estimatedMinutes: 9 })).status).toBe(403);
      expect((await facilitator.client.post(`/editions/${edition.id}/learning/units`, unitInput({ programmeItemId: theirs.id }))).status).toBe(403);
      expect((await facilitator.client.patch(`/learning/units/${own.body.id}`, { programmeItemId: theirs.id })).status).toBe(403);
      const edited = await facilitator.client.patch<LearningUnitDto>(`/learning/units/${own.body.id}`, { body: { en: 'New text' } });
      expect(edited.status).toBe(200);
      expect(edited.body.html).toBe('<p>New text</p>\n');
    });
  });

  describe('content', () => {
    let edition: Edition;
    beforeAll(async () => {
      edition = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
    });

    it('neutralizes script, event handlers and javascript: links in the rendered body', async () => {
      const body = { en: 'Hi <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) [ilo](https://www.ilo.org)' };
      const unit = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput({ body }))).body;
      expect(unit.html).not.toMatch(/<script|<img|<[^>]*\son\w+=|href="javascript:/i);
      expect(unit.html).toContain('&lt;script&gt;');
      expect(unit.html).toContain('<span>click</span>');
      expect(unit.html).toContain('<a href="https://www.ilo.org" target="_blank" rel="noopener noreferrer">ilo</a>');
      expect(unit.body.en).toBe(body.en);
      const preview = await organizer.post('/learning/preview', { markdown: '<b onclick="x()">b</b> [x](javascript:void(0))' });
      expect(preview.status).toBe(200);
      expect(preview.body.html).not.toMatch(/<[^>]*\sonclick=|href="javascript:|<b /i);
    });

    it('refuses resources that are not http(s) links, with a translated error, and saves nothing', async () => {
      const before = await t.dataSource.getRepository(LearningUnit).countBy({ editionId: edition.id });
      const response = await t
        .client('fr')
        .request(
          'POST',
          `/editions/${edition.id}/learning/units`,
          unitInput({ resources: [{ kind: 'link', title: 'x', url: 'javascript:alert(1)', language: 'en' }] }),
        );
      expect(response.status).toBe(401);
      const bad = await organizer.post(
        `/editions/${edition.id}/learning/units`,
        unitInput({ resources: [{ kind: 'link', title: 'x', url: 'javascript:alert(1)', language: 'en' }] }),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('validation_failed');
      expect(bad.body.details[0].path).toBe('resources.0.url');
      expect(await t.dataSource.getRepository(LearningUnit).countBy({ editionId: edition.id })).toBe(before);
    });

    it('shows the edition default language with a flag when the reader’s language is missing', async () => {
      const unit = (
        await organizer.post<LearningUnitDto>(
          `/editions/${edition.id}/learning/units`,
          unitInput({ title: { en: 'Only English' }, body: { en: 'English text' } }),
        )
      ).body;
      expect(unit.missingLanguages).toEqual(['es', 'fr', 'pt']);
      const { user, client } = await signedIn(t, 'participant', { language: 'pt' });
      await enrol(t.dataSource, edition, user);
      const read = (await client.get<LearningUnitDto>(`/learning/units/${unit.id}`)).body;
      expect(read.requestedLanguage).toBe('pt');
      expect(read.shownLanguage).toBe('en');
      expect(read.html).toContain('English text');
      const spanish = (await client.get<LearningUnitDto>(`/learning/units/${unit.id}?language=es`)).body;
      expect(spanish.shownLanguage).toBe('en');
    });

    it('reorders units and refuses an order built on a stale list', async () => {
      const fresh = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await organizer.post<LearningUnitDto>(`/editions/${fresh.id}/learning/units`, unitInput())).body.id);
      const reordered = await organizer.put<LearningPackage>(`/editions/${fresh.id}/learning/order`, { unitIds: [ids[2], ids[0], ids[1]] });
      expect(reordered.status).toBe(200);
      expect(reordered.body.units.map((u) => u.id)).toEqual([ids[2], ids[0], ids[1]]);
      const stale = await organizer.put(`/editions/${fresh.id}/learning/order`, { unitIds: [ids[0], ids[1]] });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('learning_order_mismatch');
      expect((await organizer.delete(`/learning/units/${ids[2]}`)).status).toBe(204);
      const after = (await organizer.get<LearningPackage>(`/editions/${fresh.id}/learning`)).body;
      expect(after.units.map((u) => [u.id, u.position])).toEqual([
        [ids[0], 1],
        [ids[1], 2],
      ]);
    });
  });

  describe('progress', () => {
    it('is idempotent and monotonic: replays, late offline writes and concurrent writes leave one row, completed stays completed', async () => {
      const edition = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
      const unit = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput())).body;
      const { user, client } = await signedIn(t, 'participant');
      await enrol(t.dataSource, edition, user);

      const opened = await client.put(`/learning/units/${unit.id}/progress`, {});
      expect(opened.status).toBe(200);
      expect(opened.body.completedAt).toBeNull();
      const again = await client.put(`/learning/units/${unit.id}/progress`, {});
      expect(again.body.openedAt).toBe(opened.body.openedAt);

      const results = await Promise.all(Array.from({ length: 6 }, () => client.put(`/learning/units/${unit.id}/progress`, { completed: true })));
      expect(results.every((r) => r.status === 200)).toBe(true);
      const completedAt = results[0]!.body.completedAt;
      expect(results.every((r) => r.body.completedAt === completedAt)).toBe(true);

      const undo = await client.put(`/learning/units/${unit.id}/progress`, { completed: false });
      expect(undo.body.completedAt).toBe(completedAt);

      // An offline queue flushing later: an earlier opening wins, a future timestamp is clamped to now.
      const earlier = new Date(Date.parse(opened.body.openedAt) - 3_600_000).toISOString();
      const late = await client.put(`/learning/units/${unit.id}/progress`, { at: earlier });
      expect(late.body.openedAt).toBe(earlier);
      const future = await client.put(`/learning/units/${unit.id}/progress`, { completed: true, at: '2999-01-01T00:00:00.000Z' });
      expect(future.body.completedAt).toBe(completedAt);

      expect(await t.dataSource.getRepository(LearningProgress).countBy({ unitId: unit.id, userId: user.id })).toBe(1);
      const pkg = (await client.get<LearningPackage>(`/editions/${edition.id}/learning`)).body;
      expect(pkg.progress).toEqual({ completed: 1, total: 1, percent: 100, nextUnitId: null });
      expect((await organizer.put(`/learning/units/${unit.id}/progress`, {})).status).toBe(403);
    });

    it('answers two online completions with the same time when the later one reaches the database first', async () => {
      const edition = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
      const unit = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput())).body;
      const { user, client } = await signedIn(t, 'participant');
      await enrol(t.dataSource, edition, user);
      // The first completion's write is held back until the second one's is stored: a double tap
      // whose requests the pool hands to the database in the other order.
      const query = t.dataSource.query.bind(t.dataSource);
      let writes = 0;
      let secondStored!: () => void;
      const afterSecond = new Promise<void>((resolve) => (secondStored = resolve));
      const spy = jest.spyOn(t.dataSource, 'query').mockImplementation(async (sql: string, ...rest: unknown[]) => {
        if (!sql.startsWith('INSERT INTO learning_progress')) return query(sql, ...(rest as []));
        const write = ++writes;
        if (write === 1) await afterSecond;
        const result: unknown = await query(sql, ...(rest as []));
        if (write === 2) secondStored();
        return result;
      });
      try {
        const first = client.put(`/learning/units/${unit.id}/progress`, { completed: true });
        await until(() => writes === 1);
        const second = await client.put(`/learning/units/${unit.id}/progress`, { completed: true });
        expect(second.status).toBe(200);
        expect((await first).body.completedAt).toBe(second.body.completedAt);
      } finally {
        spy.mockRestore();
      }
    });

    it('shows a facilitator a module’s progress for its participants only (those seated in an elective), organizers everyone', async () => {
      const edition = await createEdition(t.dataSource, { preLearningInDays: -10, faceToFaceInDays: 10 });
      const coach = await signedIn(t, 'facilitator');
      const tutor = await signedIn(t, 'facilitator');
      await enrol(t.dataSource, edition, coach.user);
      await enrol(t.dataSource, edition, tutor.user);
      const elective = await createModule(t.dataSource, edition, 5, [tutor.user]);
      const cohortA = await createCohort(t.dataSource, edition, 'Cohort A', [coach.user]);
      const cohortB = await createCohort(t.dataSource, edition, 'Cohort B');
      const unit = (await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput({ programmeItemId: elective.id })))
        .body;

      const ana = await signedIn(t, 'participant', { name: 'Ana in A' });
      const ben = await signedIn(t, 'participant', { name: 'Ben seated' });
      const cy = await signedIn(t, 'participant', { name: 'Cy not seated' });
      await enrol(t.dataSource, edition, ana.user, { cohort: cohortA });
      await enrol(t.dataSource, edition, ben.user, { cohort: cohortB });
      await enrol(t.dataSource, edition, cy.user, { cohort: cohortB });
      await seat(t.dataSource, elective, ben.user);
      for (const person of [ana, ben, cy]) await person.client.put(`/learning/units/${unit.id}/progress`, { completed: true });

      const names = async (client: ApiClient, query = '') =>
        (await client.get<ProgressDashboard>(`/editions/${edition.id}/learning/progress${query}`)).body.rows.map((r) => r.name);
      expect(await names(coach.client)).toEqual(['Ana in A']);
      expect(await names(tutor.client, `?programmeItemId=${elective.id}`)).toEqual(['Ben seated']);
      // Without filters, a facilitator opens on everyone they follow (cohorts and modules alike).
      expect(await names(tutor.client)).toEqual(['Ben seated']);
      const csv = (await tutor.client.get<string>(`/editions/${edition.id}/learning/progress.csv?programmeItemId=${elective.id}`)).body;
      expect(csv).toContain('Ben seated');
      expect(csv).not.toContain('Cy not seated');
      expect((await tutor.client.get(`/editions/${edition.id}/learning/progress?cohortId=${cohortB.id}`)).status).toBe(403);
      expect((await coach.client.get(`/editions/${edition.id}/learning/progress?programmeItemId=${elective.id}`)).status).toBe(403);
      expect(await names(organizer, `?programmeItemId=${elective.id}`)).toEqual(['Ana in A', 'Ben seated', 'Cy not seated']);
    });

    it('shows facilitators their cohorts’ and modules’ progress, organizers the whole edition, with a CSV export', async () => {
      const edition = await createEdition(t.dataSource, { preLearningInDays: -10, faceToFaceInDays: 10 });
      const facilitator = await signedIn(t, 'facilitator');
      await enrol(t.dataSource, edition, facilitator.user);
      const module = await createModule(t.dataSource, edition, 3, [facilitator.user]);
      const mine = await createCohort(t.dataSource, edition, 'Mine', [facilitator.user]);
      const other = await createCohort(t.dataSource, edition, 'Other');
      const units: string[] = [];
      for (const programmeItemId of [null, module.id])
        units.push((await organizer.post<LearningUnitDto>(`/editions/${edition.id}/learning/units`, unitInput({ programmeItemId }))).body.id);

      const done = await signedIn(t, 'participant', { name: '=Ana Done' });
      const started = await signedIn(t, 'participant', { name: 'Ben Started' });
      const idle = await signedIn(t, 'participant', { name: 'Chloé Idle' });
      const elsewhere = await signedIn(t, 'participant', { name: 'Dan Elsewhere' });
      await enrol(t.dataSource, edition, done.user, { cohort: mine });
      await enrol(t.dataSource, edition, started.user, { cohort: mine });
      await enrol(t.dataSource, edition, idle.user, { cohort: mine });
      await enrol(t.dataSource, edition, elsewhere.user, { cohort: other });
      // All four take the facilitator's elective module: its participants.
      for (const person of [done, started, idle, elsewhere]) await seat(t.dataSource, module, person.user);
      for (const id of units) await done.client.put(`/learning/units/${id}/progress`, { completed: true });
      await started.client.put(`/learning/units/${units[0]}/progress`, {});
      await elsewhere.client.put(`/learning/units/${units[1]}/progress`, { completed: true });

      // Unfiltered: everyone the facilitator follows, their cohort's and their module's participants.
      const followed = (await facilitator.client.get<ProgressDashboard>(`/editions/${edition.id}/learning/progress`)).body;
      expect(followed.cohorts.map((c) => c.name)).toEqual(['Mine']);
      expect(followed.rows.map((r) => [r.name, r.status, r.percent])).toEqual([
        ['=Ana Done', 'completed', 100],
        ['Ben Started', 'behind', 0],
        ['Chloé Idle', 'not_started', 0],
        ['Dan Elsewhere', 'on_track', 50],
      ]);
      expect(followed.totals).toEqual({ participants: 4, notStarted: 1, behind: 1, onTrack: 1, completed: 1 });
      expect(followed.overTime.at(-1)!.completions).toBe(3);
      const byCohort = (await facilitator.client.get<ProgressDashboard>(`/editions/${edition.id}/learning/progress?cohortId=${mine.id}`)).body;
      expect(byCohort.rows.map((r) => r.name)).toEqual(['=Ana Done', 'Ben Started', 'Chloé Idle']);

      const byModule = (await facilitator.client.get<ProgressDashboard>(`/editions/${edition.id}/learning/progress?programmeItemId=${module.id}`))
        .body;
      expect(byModule.rows.map((r) => [r.name, r.completed, r.total])).toEqual([
        ['=Ana Done', 1, 1],
        ['Ben Started', 0, 1],
        ['Chloé Idle', 0, 1],
        ['Dan Elsewhere', 1, 1],
      ]);
      const notStarted = (
        await facilitator.client.get<ProgressDashboard>(`/editions/${edition.id}/learning/progress?status=not_started&programmeItemId=${module.id}`)
      ).body;
      expect(notStarted.rows.map((r) => r.name)).toEqual(['Ben Started', 'Chloé Idle']);

      expect((await facilitator.client.get(`/editions/${edition.id}/learning/progress?cohortId=${other.id}`)).status).toBe(403);
      expect((await done.client.get(`/editions/${edition.id}/learning/progress`)).status).toBe(403);
      const whole = (await organizer.get<ProgressDashboard>(`/editions/${edition.id}/learning/progress?pageSize=2&page=2`)).body;
      expect(whole.total).toBe(4);
      expect(whole.rows.map((r) => r.name)).toEqual(['Chloé Idle', 'Dan Elsewhere']);

      const csv = await facilitator.client.get<string>(`/editions/${edition.id}/learning/progress.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('name,email,country,cohort,units_opened,units_completed,units_total,percent,status,last_activity_utc');
      expect(lines).toHaveLength(5);
      expect(lines[1]!.startsWith("'=Ana Done,")).toBe(true);
      expect(lines[3]).toContain('Chloé Idle');
    });
  });
});
