import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@sstc/shared';
import { LearningReminder } from '../../src/modules/learning/learning-reminder.entity.js';
import { LearningRemindersService } from '../../src/modules/learning/learning-reminders.service.js';
import { createEdition, enrol } from '../factories/learning.factory.js';
import { createUser, signedIn } from '../factories/users.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('pre-learning reminders', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('emails each participant who has not started exactly once, in their language, through the job queue', async () => {
    const edition = await createEdition(t.dataSource, { preLearningInDays: -20, faceToFaceInDays: 5 });
    const organizer = await signedIn(t, 'organizer');
    const unit = (
      await organizer.client.post(`/editions/${edition.id}/learning/units`, {
        title: { en: 'U' },
        body: { en: 'b' },
        keyQuestions: [],
        resources: [],
        programmeItemId: null,
        estimatedMinutes: null,
      })
    ).body;
    const idle = await createUser(t.dataSource, { role: 'participant', language: 'es', name: 'Idle Ida' });
    const started = await signedIn(t, 'participant');
    const withdrawn = await createUser(t.dataSource, { role: 'participant' });
    const invited = await createUser(t.dataSource, { role: 'participant' });
    const otherEdition = await createEdition(t.dataSource, { preLearningInDays: -20, faceToFaceInDays: 5 });
    const elsewhere = await createUser(t.dataSource, { role: 'participant' });
    await enrol(t.dataSource, edition, idle);
    await enrol(t.dataSource, edition, started.user);
    await enrol(t.dataSource, edition, withdrawn, { status: 'withdrawn' });
    await enrol(t.dataSource, edition, invited, { status: 'invited' });
    await enrol(t.dataSource, otherEdition, elsewhere);
    await started.client.put(`/learning/units/${unit.id}/progress`, {});

    // Setting N = 7 days before a week that starts in 5: the reminder is due now, and the job runs.
    const settings = await organizer.client.put(`/editions/${edition.id}/learning/settings`, { reminderDaysBefore: 7 });
    expect(settings.status).toBe(200);
    const email = await t.mailbox.waitFor(idle.email, () => true, 40_000);
    expect(email.subject).toContain('preaprendizaje');
    expect(email.text).toContain('Idle Ida');
    expect(email.links.some((link) => link.endsWith(`/editions/${edition.id}/learning`))).toBe(true);

    // The same job delivered again (retry, second instance, duplicate schedule) sends nothing more.
    const reminders = t.app.get(LearningRemindersService);
    const dueOn = addDays(edition.faceToFaceStart, -7);
    const again = await Promise.all([
      reminders.run({ editionId: edition.id, dueOn }),
      reminders.run({ editionId: edition.id, dueOn }),
      reminders.run({ editionId: edition.id, dueOn }),
    ]);
    expect(again).toEqual([0, 0, 0]);
    // A job left over from an earlier setting does nothing.
    expect(await reminders.run({ editionId: edition.id, dueOn: addDays(dueOn, -3) })).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    const recipients = t.mailbox.received.filter((e) => e.subject.includes('preaprendizaje') || e.subject.includes('pre-learning')).map((e) => e.to);
    expect(recipients).toEqual([idle.email]);
    expect(await t.dataSource.getRepository(LearningReminder).countBy({ editionId: edition.id })).toBe(1);
  }, 60_000);

  it('sends nothing before the reminder date or once the face-to-face week has begun', async () => {
    const reminders = t.app.get(LearningRemindersService);
    const early = await createEdition(t.dataSource, { preLearningInDays: -5, faceToFaceInDays: 30 });
    const late = await createEdition(t.dataSource, { preLearningInDays: -40, faceToFaceInDays: -1 });
    for (const edition of [early, late]) await enrol(t.dataSource, edition, await createUser(t.dataSource, { role: 'participant' }));
    expect(await reminders.run({ editionId: early.id, dueOn: addDays(early.faceToFaceStart, -7) })).toBe(0);
    expect(await reminders.run({ editionId: late.id, dueOn: addDays(late.faceToFaceStart, -7) })).toBe(0);
    expect(await t.dataSource.getRepository(LearningReminder).countBy({ editionId: early.id })).toBe(0);
  });

  it('lets only organizers change the reminder setting, and validates it', async () => {
    const edition = await createEdition(t.dataSource, { preLearningInDays: -5, faceToFaceInDays: 30 });
    const facilitator = await signedIn(t, 'facilitator');
    await enrol(t.dataSource, edition, facilitator.user);
    expect((await facilitator.client.put(`/editions/${edition.id}/learning/settings`, { reminderDaysBefore: 3 })).status).toBe(403);
    const organizer = await signedIn(t, 'organizer');
    expect((await organizer.client.put(`/editions/${edition.id}/learning/settings`, { reminderDaysBefore: 0 })).status).toBe(400);
    expect((await organizer.client.put(`/editions/${edition.id}/learning/settings`, { reminderDaysBefore: 3 })).status).toBe(200);
    expect((await organizer.client.get(`/editions/${edition.id}/learning`)).body.reminderDaysBefore).toBe(3);
  });
});
