import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FillDraftsReply, LearningUnit } from '@sstc/shared';
import type { Edition } from '../../src/modules/courses/edition.entity.js';
import { FakeLibreTranslate } from '../../src/modules/translation/testing/fake-libretranslate.js';
import { createEdition, createModule, enrol, seat } from '../factories/learning.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('machine drafts of learning units', () => {
  let t: TestApp;
  let engine: FakeLibreTranslate;
  let edition: Edition;
  let organizer: ApiClient;
  let facilitator: ApiClient;
  let otherFacilitator: ApiClient;
  let participant: ApiClient;
  let unit: LearningUnit;

  beforeAll(async () => {
    engine = new FakeLibreTranslate();
    t = await startTestApp({ TRANSLATION_URL: await engine.start() });
    edition = await createEdition(t.dataSource, { preLearningInDays: -3, faceToFaceInDays: 30 });
    ({ client: organizer } = await signedIn(t, 'organizer'));
    const ours = await signedIn(t, 'facilitator', { language: 'fr' });
    facilitator = ours.client;
    ({ client: otherFacilitator } = await signedIn(t, 'facilitator'));
    const item = await createModule(t.dataSource, edition, 5, [ours.user]);
    const reader = await signedIn(t, 'participant', { language: 'fr' });
    participant = reader.client;
    await enrol(t.dataSource, edition, reader.user);
    await seat(t.dataSource, item, reader.user);
    const created = await organizer.post<LearningUnit>(`/editions/${edition.id}/learning/units`, {
      title: { en: 'Decent work', es: 'Trabajo decente (revisado)' },
      body: { en: 'About **SDG 8** and `code`.' },
      keyQuestions: [{ en: 'Why does it matter?' }],
      resources: [],
      programmeItemId: item.id,
      estimatedMinutes: 5,
    });
    if (created.status !== 201) throw new Error(`unit not created: ${created.status}`);
    unit = created.body;
  });
  afterAll(async () => {
    await t.close();
    await engine.stop();
  });

  it('fills only the empty languages from the default language, marks them, and keeps what people wrote', async () => {
    const reply = await facilitator.post<FillDraftsReply>(`/learning/units/${unit.id}/machine-drafts`);
    expect(reply.status).toBe(200);
    const key = (m: { field: string; language: string }) => `${m.field}:${m.language}`;
    expect(reply.body.filled.map(key).sort()).toEqual(
      ['title:fr', 'title:pt', 'body:es', 'body:fr', 'body:pt', 'keyQuestions.0:es', 'keyQuestions.0:fr', 'keyQuestions.0:pt'].sort(),
    );
    expect(reply.body.drafts.map(key).sort()).toEqual(reply.body.filled.map(key).sort());
    const saved = (await facilitator.get<LearningUnit>(`/learning/units/${unit.id}?language=fr`)).body;
    expect(saved.title).toEqual({ en: 'Decent work', es: 'Trabajo decente (revisado)', fr: '[fr] Decent work', pt: '[pt] Decent work' });
    expect(saved.body.fr).toBe('[fr] About **[fr] SDG 8** [fr] and `code`.');
    expect(saved.machineDrafts).toHaveLength(8);

    // Again: nothing is missing any more, nothing is overwritten.
    engine.reset();
    const again = await facilitator.post<FillDraftsReply>(`/learning/units/${unit.id}/machine-drafts`);
    expect(again.body.filled).toEqual([]);
    expect(engine.translateCalls).toHaveLength(0);
  });

  it('shows participants that the text is a machine translation until someone reviews or rewrites it', async () => {
    const read = async () => (await participant.get<LearningUnit>(`/learning/units/${unit.id}?language=fr`)).body;
    expect((await read()).machineDrafts).toContainEqual({ field: 'body', language: 'fr' });
    const reviewed = await facilitator.post<FillDraftsReply>(`/learning/units/${unit.id}/machine-drafts/review`, { field: 'body', language: 'fr' });
    expect(reviewed.body.drafts).not.toContainEqual({ field: 'body', language: 'fr' });
    expect((await read()).machineDrafts).not.toContainEqual({ field: 'body', language: 'fr' });
    // A person rewriting a drafted value makes it theirs.
    const current = (await organizer.get<LearningUnit>(`/learning/units/${unit.id}`)).body;
    await organizer.patch(`/learning/units/${unit.id}`, { title: { ...current.title, pt: 'Trabalho digno' } });
    expect((await read()).machineDrafts).not.toContainEqual({ field: 'title', language: 'pt' });
    expect((await read()).machineDrafts).toContainEqual({ field: 'title', language: 'fr' });
  });

  it('is for the unit’s editors only', async () => {
    expect((await otherFacilitator.post(`/learning/units/${unit.id}/machine-drafts`)).status).toBe(403);
    expect((await participant.post(`/learning/units/${unit.id}/machine-drafts`)).status).toBe(403);
    expect((await participant.post(`/learning/units/${unit.id}/machine-drafts/review`, { field: 'title', language: 'fr' })).status).toBe(403);
    expect((await facilitator.post(`/learning/units/${unit.id}/machine-drafts/review`, { field: 'title', language: 'de' })).status).toBe(400);
  });

  it('answers "translation unavailable" when the engine is down, and leaves the unit as it was', async () => {
    const created = await organizer.post<LearningUnit>(`/editions/${edition.id}/learning/units`, {
      title: { en: 'Another unit' },
      body: { en: 'Text' },
      keyQuestions: [],
      resources: [],
      programmeItemId: null,
      estimatedMinutes: null,
    });
    engine.setDown(true);
    try {
      const reply = await organizer.post(`/learning/units/${created.body.id}/machine-drafts`);
      expect(reply.status).toBe(503);
      expect(reply.body.code).toBe('translation_unavailable');
      expect((await organizer.get<LearningUnit>(`/learning/units/${created.body.id}`)).body.title).toEqual({ en: 'Another unit' });
    } finally {
      engine.setDown(false);
    }
  });
});
