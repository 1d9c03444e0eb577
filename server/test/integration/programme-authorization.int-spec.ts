import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EditionDetail, Role } from '@sstc/shared';
import { createEdition, enrolledFacilitator, enrolledParticipant } from '../factories/editions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import { access, type ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Caller = Role | 'anonymous' | 'outsider';
const CALLERS: Caller[] = ['anonymous', 'outsider', 'participant', 'facilitator', 'organizer'];
const SIGNED_IN: Caller[] = ['outsider', 'participant', 'facilitator', 'organizer'];
const ENROLLED: Caller[] = ['participant', 'facilitator', 'organizer'];

interface Ids {
  edition: string;
  elective: string;
  enrolment: string;
  cohort: string;
  course: string;
}

interface Route {
  name: string;
  allowed: Caller[];
  call: (client: ApiClient, ids: Ids) => Promise<{ status: number }>;
}

// Every endpoint of courses, programme, cohorts, enrolments, electives and agenda, and who may call it:
// role AND object (an "outsider" is a participant of another edition). Refusals are 401 or 403.
const ROUTES: Route[] = [
  { name: 'GET /courses', allowed: ['organizer'], call: (c) => c.get('/courses') },
  {
    name: 'POST /courses',
    allowed: ['organizer'],
    call: (c) => c.post('/courses', { code: `AUTH-${Math.random().toString(36).slice(2, 8)}`, title: { en: 'x' } }),
  },
  { name: 'PATCH /courses/:id', allowed: ['organizer'], call: (c, ids) => c.patch(`/courses/${ids.course}`, { description: { en: 'd' } }) },
  { name: 'POST /editions', allowed: ['organizer'], call: (c, ids) => c.post('/editions', { courseId: ids.course, code: 'x' }) },
  { name: 'PATCH /editions/:id', allowed: ['organizer'], call: (c, ids) => c.patch(`/editions/${ids.edition}`, { venue: { en: 'Turin' } }) },
  { name: 'GET /editions/:id', allowed: ENROLLED, call: (c, ids) => c.get(`/editions/${ids.edition}`) },
  { name: 'POST /editions/:id/programme', allowed: ['organizer'], call: (c, ids) => c.post(`/editions/${ids.edition}/programme`, { kind: 'panel' }) },
  { name: 'PUT /programme/:id', allowed: ['organizer'], call: (c, ids) => c.put(`/programme/${ids.elective}`, {}) },
  { name: 'DELETE /programme/:id', allowed: ['organizer'], call: (c) => c.delete('/programme/00000000-0000-4000-8000-000000000000') },
  { name: 'GET /editions/:id/cohorts', allowed: ['organizer'], call: (c, ids) => c.get(`/editions/${ids.edition}/cohorts`) },
  { name: 'POST /editions/:id/cohorts', allowed: ['organizer'], call: (c, ids) => c.post(`/editions/${ids.edition}/cohorts`, {}) },
  { name: 'PUT /cohorts/:id', allowed: ['organizer'], call: (c, ids) => c.put(`/cohorts/${ids.cohort}`, {}) },
  { name: 'DELETE /cohorts/:id', allowed: ['organizer'], call: (c) => c.delete(`/cohorts/00000000-0000-4000-8000-000000000000`) },
  { name: 'GET /editions/:id/enrolments', allowed: ['organizer'], call: (c, ids) => c.get(`/editions/${ids.edition}/enrolments`) },
  { name: 'POST /editions/:id/enrolments', allowed: ['organizer'], call: (c, ids) => c.post(`/editions/${ids.edition}/enrolments`, {}) },
  { name: 'GET /enrolments/:id', allowed: ['organizer'], call: (c, ids) => c.get(`/enrolments/${ids.enrolment}`) },
  { name: 'PATCH /enrolments/:id', allowed: ['organizer'], call: (c, ids) => c.patch(`/enrolments/${ids.enrolment}`, {}) },
  { name: 'PUT /enrolments/:id/electives', allowed: ['organizer'], call: (c, ids) => c.put(`/enrolments/${ids.enrolment}/electives`, {}) },
  {
    name: 'DELETE /enrolments/:id/electives/:item',
    allowed: ['organizer'],
    call: (c, ids) => c.delete(`/enrolments/${ids.enrolment}/electives/${ids.elective}`),
  },
  {
    name: 'POST /editions/:id/imports',
    allowed: ['organizer'],
    call: (c, ids) => c.raw('POST', `/editions/${ids.edition}/imports`, 'name,email\n', 'text/csv'),
  },
  { name: 'GET /imports/:id', allowed: ['organizer'], call: (c) => c.get('/imports/00000000-0000-4000-8000-000000000000') },
  { name: 'POST /imports/:id/confirm', allowed: ['organizer'], call: (c) => c.post('/imports/00000000-0000-4000-8000-000000000000/confirm') },
  { name: 'GET /editions/:id/electives', allowed: ENROLLED, call: (c, ids) => c.get(`/editions/${ids.edition}/electives`) },
  {
    name: 'PUT /editions/:id/electives/choices',
    allowed: ['participant'],
    call: (c, ids) => c.put(`/editions/${ids.edition}/electives/choices`, { itemId: ids.elective }),
  },
  {
    name: 'DELETE /editions/:id/electives/choices/:item',
    allowed: ['participant'],
    call: (c, ids) => c.delete(`/editions/${ids.edition}/electives/choices/${ids.elective}`),
  },
  { name: 'GET /editions/:id/electives/fill', allowed: ['organizer'], call: (c, ids) => c.get(`/editions/${ids.edition}/electives/fill`) },
  { name: 'GET /editions/:id/electives/export', allowed: ['organizer'], call: (c, ids) => c.get(`/editions/${ids.edition}/electives/export`) },
  {
    name: 'GET /programme/:id/participants',
    allowed: ['facilitator', 'organizer'],
    call: (c, ids) => c.get(`/programme/${ids.elective}/participants`),
  },
  { name: 'GET /editions/:id/agenda', allowed: ENROLLED, call: (c, ids) => c.get(`/editions/${ids.edition}/agenda`) },
  { name: 'GET /editions/:id/agenda/ics', allowed: ENROLLED, call: (c, ids) => c.get(`/editions/${ids.edition}/agenda/ics`) },
  { name: 'GET /agenda/feed', allowed: SIGNED_IN, call: (c) => c.get('/agenda/feed') },
  { name: 'POST /agenda/feed', allowed: SIGNED_IN, call: (c) => c.post('/agenda/feed') },
  { name: 'DELETE /agenda/feed', allowed: SIGNED_IN, call: (c) => c.delete('/agenda/feed') },
];

describe('authorization of courses, programme, enrolments and agenda', () => {
  let t: TestApp;
  const clients = {} as Record<Caller, ApiClient>;
  let ids: Ids;

  beforeAll(async () => {
    t = await startTestApp();
    clients.organizer = (await signedIn(t, 'organizer')).client;
    clients.anonymous = t.client();
    const edition: EditionDetail = await createEdition(clients.organizer, { electives: [{ block: 'A', capacity: 5 }] });
    const participant = await enrolledParticipant(t, clients.organizer, edition.id);
    clients.participant = participant.client;
    const facilitator = await enrolledFacilitator(t, clients.organizer, edition.id);
    clients.facilitator = facilitator.client;
    const elective = edition.programme.find((i) => i.kind === 'elective_module')!;
    const { id: _id, kind: _kind, machineDrafts: _drafts, facilitators: _f, ...fields } = elective;
    await clients.organizer.put(`/programme/${elective.id}`, { ...fields, facilitatorIds: [facilitator.user.id] });
    const other = await createEdition(clients.organizer);
    clients.outsider = (await enrolledParticipant(t, clients.organizer, other.id)).client;
    const cohort = (await clients.organizer.post(`/editions/${edition.id}/cohorts`, { name: 'Auth cohort' })).body;
    ids = { edition: edition.id, elective: elective.id, enrolment: participant.enrolmentId, cohort: cohort.id, course: edition.course.id };
  });
  afterAll(async () => {
    await t.close();
  });

  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const allowed = route.allowed.includes(caller);
      it(`${route.name} is ${allowed ? 'open' : 'refused'} to ${caller}`, async () => {
        const { status } = await route.call(clients[caller], ids);
        expect(access(status)).toBe(allowed ? 'open' : caller === 'anonymous' ? 401 : 403);
        expect(status).toBeLessThan(500);
      });
    }
  }
});
