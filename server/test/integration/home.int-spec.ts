import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EditionDetail, Home, HomeTask } from '@sstc/shared';
import { connect, request, roomsOf, send, type ClientSocket } from '../factories/discussions.factory.js';
import { addItem, addUnits, createEdition, enrolledFacilitator, enrolledParticipant } from '../factories/editions.factory.js';
import { createSurvey, GENERAL_ANSWERS, invitationToken, sendNow } from '../factories/surveys.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Person = Awaited<ReturnType<typeof enrolledParticipant>>;

async function home(client: ApiClient): Promise<Home> {
  const response = await client.get<Home>('/home');
  if (response.status !== 200) throw new Error(`home: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const kinds = (tasks: HomeTask[]) => tasks.map((task) => task.kind);
const find = (tasks: HomeTask[], kind: HomeTask['kind']) => tasks.filter((task) => task.kind === kind);

describe('each person’s home', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let edition: EditionDetail;
  let facilitator: Person;
  let ana: Person;
  let ben: Person;
  const sockets: ClientSocket[] = [];
  const tasksOf = async (client: ApiClient) => (await home(client)).editions.find((e) => e.id === edition.id)!.tasks;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    edition = await createEdition(organizer, { electives: [{ block: 'A', capacity: 5 }] });
    facilitator = await enrolledFacilitator(t, organizer, edition.id);
    await addItem(organizer, edition, 'mandatory_module', { title: { en: 'Decent work' }, facilitatorIds: [facilitator.user.id] }, 2);
    edition = (await organizer.get(`/editions/${edition.id}`)).body;
    ana = await enrolledParticipant(t, organizer, edition.id, { name: 'Ana Lima', language: 'pt' });
    ben = await enrolledParticipant(t, organizer, edition.id, { name: 'Ben Okafor' });
    await addUnits(organizer, edition.id, [
      ['Basic principles', 30],
      ['Key questions', 30],
    ]);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await t.close();
  });

  it('shows a participant their next steps, which change as they read a unit and choose an elective', async () => {
    const before = await tasksOf(ana.client);
    const units = (await ana.client.get(`/editions/${edition.id}/learning`)).body.units as { id: string; title: { en: string } }[];
    expect(find(before, 'choose_electives')).toEqual([expect.objectContaining({ count: 1, total: 1, at: edition.electiveDeadline, urgent: false })]);
    expect(find(before, 'read_units')).toEqual([
      expect.objectContaining({ count: 0, total: 2, title: { en: 'Basic principles' }, link: `/learning/units/${units[0]!.id}` }),
    ]);
    const sessions = (tasks: HomeTask[]) => find(tasks, 'next_session').map((task) => task.title?.en);
    expect(sessions(before)).toEqual(expect.arrayContaining(['Opening panel', 'Mandatory module', 'Decent work']));
    expect(sessions(before)).toHaveLength(3);

    expect((await ana.client.put(`/learning/units/${units[0]!.id}/progress`, { completed: true })).status).toBe(200);
    const elective = edition.programme.find((item) => item.kind === 'elective_module')!;
    expect((await ana.client.put(`/editions/${edition.id}/electives/choices`, { itemId: elective.id })).status).toBe(200);

    const after = await tasksOf(ana.client);
    expect(kinds(after)).not.toContain('choose_electives');
    expect(find(after, 'read_units')).toEqual([expect.objectContaining({ count: 1, total: 2, title: { en: 'Key questions' } })]);
    // The elective's session (day 1) now comes before the module's (day 2).
    expect(sessions(after)).toEqual(expect.arrayContaining(['Opening panel', 'Mandatory module', elective.title.en!]));
    expect(sessions(after)).toHaveLength(3);
  });

  it('lists the surveys a participant has to answer, until they answer', async () => {
    await sendNow(organizer, (await createSurvey(organizer, edition.id, 'general_assessment')).id);
    const token = await invitationToken(t.mailbox, ben.user.email);
    const waiting = find((await home(ben.client)).tasks, 'answer_survey');
    expect(waiting).toEqual([expect.objectContaining({ label: 'General assessment of the Academy', link: '/surveys' })]);
    expect((await t.client().post(`/survey-links/${token}/response`, { answers: GENERAL_ANSWERS })).status).toBe(201);
    expect(find((await home(ben.client)).tasks, 'answer_survey')).toEqual([]);
  });

  it('tells a facilitator what waits in their module and rooms, and counts a report live', async () => {
    const units = (await ben.client.get(`/editions/${edition.id}/learning`)).body.units as { id: string }[];
    // Opened and left: behind the pace of the package.
    expect((await ben.client.put(`/learning/units/${units[0]!.id}/progress`, {})).status).toBe(200);
    const tasks = await tasksOf(facilitator.client);
    expect(find(tasks, 'runs_session')).toEqual([expect.objectContaining({ title: { en: 'Decent work' }, link: `/editions/${edition.id}/agenda` })]);
    expect(find(tasks, 'participants_behind')).toEqual([expect.objectContaining({ count: 1, total: 2 })]);
    expect(find(tasks, 'needs_summary')).toEqual([expect.objectContaining({ count: 2 })]);
    expect(kinds((await home(facilitator.client)).tasks)).toEqual([]);

    const room = (await roomsOf(ben.client)).find((r) => r.kind === 'programme_item' && r.title.en === 'Decent work')!;
    const benSocket = await connect(t, ben.client);
    const anaSocket = await connect(t, ana.client);
    const watcher = await connect(t, facilitator.client);
    sockets.push(benSocket, anaSocket, watcher);
    const question = await send(benSocket, room.id, 'Does anyone have the 2015 report on social protection floors?');
    const offTopic = await send(benSocket, room.id, 'Buy cheap watches');
    await t.dataSource.query(`UPDATE messages SET created_at = now() - interval '50 hours' WHERE id = $1`, [question.data.id]);

    const changed = new Promise<void>((resolve) => watcher.once('home:changed', () => resolve()));
    const reported = await request(anaSocket, 'message:report', { messageId: offTopic.data.id, reason: 'spam', note: '' });
    expect(reported.ok).toBe(true);
    await changed;
    const global = (await home(facilitator.client)).tasks;
    expect(find(global, 'reports_waiting')).toEqual([expect.objectContaining({ count: 1, urgent: false, link: '/discussions/reports' })]);
    expect(find(global, 'unanswered_questions')).toEqual([expect.objectContaining({ count: 1, link: `/discussions/rooms/${room.id}` })]);
    // A participant has no moderation queue.
    expect(kinds((await home(ana.client)).tasks)).not.toContain('reports_waiting');
  });

  it('tells an organizer what needs a decision in each edition', async () => {
    expect((await organizer.raw('POST', `/editions/${edition.id}/imports`, 'name,email\nNia Dlamini,nia@example.org\n', 'text/csv')).status).toBe(
      201,
    );
    await t.dataSource.query(`UPDATE message_reports SET created_at = now() - interval '25 hours'`);
    const everything = await home(organizer);
    const tasks = everything.editions.find((e) => e.id === edition.id)!.tasks;
    expect(find(tasks, 'import_pending')).toEqual([expect.objectContaining({ count: 1, link: `/editions/${edition.id}/import` })]);
    const [next] = find(tasks, 'next_send');
    expect(next!.send).not.toBeNull();
    expect(new Date(next!.at!).getTime()).toBeGreaterThan(Date.now());
    expect(find(tasks, 'response_rate')).toEqual([
      expect.objectContaining({ count: 1, total: 2, title: expect.objectContaining({ en: 'General assessment of the Academy' }) }),
    ]);
    expect(find(tasks, 'elective_fill')).toEqual([expect.objectContaining({ count: 1, total: 2 })]);
    expect(find(tasks, 'translations_missing')[0]!.count).toBeGreaterThan(0);
    expect(find(everything.tasks, 'reports_stale')).toEqual([expect.objectContaining({ count: 1, urgent: true })]);
  });

  it('shows nobody the editions they are not in, and nothing signed out', async () => {
    const outsider = await signedIn(t, 'participant');
    expect((await home(outsider.client)).editions).toEqual([]);
    expect((await t.client().get('/home')).status).toBe(401);
  });
});
