import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@sstc/shared';
import { User } from '../../src/modules/users/user.entity.js';
import { DemoSeedService } from '../../src/modules/seed/demo-seed.service.js';
import { Edition } from '../../src/modules/courses/edition.entity.js';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import { signedIn } from '../factories/users.factory.js';
import { access, type ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', 'participant', 'facilitator', 'organizer'];

interface Route {
  name: string;
  allowed: Caller[];
  call: (client: ApiClient, ids: { edition: string }) => Promise<{ status: number }>;
}

// Every endpoint so far, and who may call it. A refused call answers 401 (anonymous) or 403.
const ROUTES: Route[] = [
  { name: 'GET /health', allowed: CALLERS, call: (c) => c.get('/health') },
  { name: 'GET /docs', allowed: CALLERS, call: (c) => c.get('/docs') },
  { name: 'GET /docs-json', allowed: CALLERS, call: (c) => c.get('/docs-json') },
  { name: 'GET /auth/me', allowed: ['participant', 'facilitator', 'organizer'], call: (c) => c.get('/auth/me') },
  {
    name: 'POST /auth/password/change',
    allowed: ['participant', 'facilitator', 'organizer'],
    call: (c) => c.post('/auth/password/change', { currentPassword: 'wrong', newPassword: 'whatever long enough' }),
  },
  { name: 'PATCH /profile', allowed: ['participant', 'facilitator', 'organizer'], call: (c) => c.patch('/profile', { organisation: 'Changed' }) },
  { name: 'GET /users', allowed: ['organizer'], call: (c) => c.get('/users') },
  {
    name: 'POST /users/invitations',
    allowed: ['organizer'],
    call: (c) => c.post('/users/invitations', { email: `x${Math.random()}@example.org`, name: 'X', role: 'participant', language: 'en' }),
  },
  { name: 'GET /editions', allowed: ['participant', 'facilitator', 'organizer'], call: (c) => c.get('/editions') },
  { name: 'GET /editions/:id (enrolled)', allowed: ['participant', 'facilitator', 'organizer'], call: (c, ids) => c.get(`/editions/${ids.edition}`) },
];

describe('authorization matrix', () => {
  let t: TestApp;
  const clients = {} as Record<Caller, ApiClient>;
  let editionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeedService).seedIfEmpty();
    const edition = await t.dataSource.getRepository(Edition).findOneByOrFail({ code: 'SSTC-2016' });
    editionId = edition.id;
    clients.anonymous = t.client();
    for (const role of ['participant', 'facilitator', 'organizer'] as const) {
      const { user, client } = await signedIn(t, role);
      clients[role] = client;
      if (role !== 'organizer') await t.dataSource.getRepository(Enrolment).save({ editionId, userId: user.id, role, status: 'active' });
    }
  });
  afterAll(async () => {
    await t.close();
  });

  for (const route of ROUTES) {
    for (const caller of CALLERS) {
      const allowed = route.allowed.includes(caller);
      it(`${route.name} is ${allowed ? 'open' : 'refused'} to ${caller}`, async () => {
        const { status } = await route.call(clients[caller], { edition: editionId });
        expect(access(status)).toBe(allowed ? 'open' : caller === 'anonymous' ? 401 : 403);
      });
    }
  }

  it('refuses an organizer-only invitation from a participant and changes nothing', async () => {
    const before = await t.dataSource.getRepository(User).count();
    const response = await clients.participant.post('/users/invitations', {
      email: 'sneaky@example.org',
      name: 'Sneaky',
      role: 'organizer',
      language: 'en',
    });
    expect(response.status).toBe(403);
    expect(await t.dataSource.getRepository(User).count()).toBe(before);
    expect(await t.dataSource.getRepository(User).findOneBy({ email: 'sneaky@example.org' })).toBeNull();
  });

  it('shows a participant only the editions they are enrolled in', async () => {
    const { client: outsider } = await signedIn(t, 'participant');
    expect((await outsider.get('/editions')).body).toEqual([]);
    expect((await outsider.get(`/editions/${editionId}`)).status).toBe(403);
    const enrolled = (await clients.participant.get('/editions')).body as { code: string }[];
    expect(enrolled.map((e) => e.code)).toEqual(['SSTC-2016']);
  });

  it('hides an edition from a withdrawn participant', async () => {
    const { user, client } = await signedIn(t, 'participant');
    await t.dataSource.getRepository(Enrolment).save({ editionId, userId: user.id, role: 'participant', status: 'withdrawn' });
    expect((await client.get(`/editions/${editionId}`)).status).toBe(403);
  });

  it('shows organizers every edition, with its phase and programme', async () => {
    const editions = (await clients.organizer.get('/editions')).body as { code: string; phase: string }[];
    expect(editions).toHaveLength(2);
    expect(editions.find((e) => e.code === 'SSTC-2016')!.phase).toBe('post_learning');
    const upcoming = editions.find((e) => e.code !== 'SSTC-2016')!;
    expect(upcoming.phase).toBe('pre_learning');
    const detail = (await clients.organizer.get(`/editions/${editionId}`)).body;
    expect(detail.programme.filter((i: { kind: string }) => i.kind === 'panel')).toHaveLength(4);
    expect(
      detail.programme
        .filter((i: { kind: string }) => i.kind === 'elective_module')
        .map((i: { block: string }) => i.block)
        .sort(),
    ).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B']);
  });
});
