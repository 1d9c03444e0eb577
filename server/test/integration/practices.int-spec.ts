import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  PracticeLinkOptions,
  PracticePerson,
  Practice,
  PracticeInput,
  PracticeList,
  PracticeSummary,
  PracticeTheme,
  PracticeWorkList,
  RoomSummary,
} from '@sstc/shared';
import { DEMO_PASSWORD, DemoSeedService } from '../../src/modules/seed/demo-seed.service.js';
import { SurveyInterview } from '../../src/modules/surveys/entities/survey-interview.entity.js';
import { User } from '../../src/modules/users/user.entity.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('good practices', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let facilitator: ApiClient;
  let author: ApiClient;
  let other: ApiClient;
  let authorEmail: string;
  let themes: Record<string, PracticeTheme>;

  const input = (overrides: Partial<PracticeInput> = {}): PracticeInput => ({
    language: 'en',
    title: { en: 'A practice' },
    region: 'africa',
    modality: 'south_south',
    ...overrides,
  });

  /** Creates, submits and publishes a practice (the organizer reviews it). */
  async function published(overrides: Partial<PracticeInput>): Promise<Practice> {
    const created = await author.post<Practice>('/practices', input(overrides));
    expect(created.status).toBe(201);
    expect((await author.post(`/practices/${created.body.id}/submit`, {})).status).toBe(200);
    const done = await organizer.post<Practice>(`/practices/${created.body.id}/publish`, {});
    expect(done.status).toBe(200);
    return done.body;
  }

  const search = async (query: Record<string, string>) => {
    const response = await other.get<PracticeList>(`/practices?${new URLSearchParams(query).toString()}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const titles = (list: PracticeList) => list.items.map((item) => item.title.en ?? item.title.fr ?? item.title.pt ?? item.title.es ?? '');
  const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b));

  beforeAll(async () => {
    t = await startTestApp();
    ({ client: organizer } = await signedIn(t, 'organizer'));
    ({ client: facilitator } = await signedIn(t, 'facilitator'));
    const signedAuthor = await signedIn(t, 'participant', { language: 'fr' });
    author = signedAuthor.client;
    authorEmail = signedAuthor.user.email;
    ({ client: other } = await signedIn(t, 'participant'));
    themes = {};
    for (const [key, en, fr] of [
      ['green-jobs', 'Green jobs', 'Emplois verts'],
      ['cooperatives', 'Cooperatives', 'Coopératives'],
    ] as const) {
      const created = await organizer.post<PracticeTheme>('/practices/themes', { key, name: { en, fr } });
      if (created.status !== 201) throw new Error(`theme not created: ${created.status}`);
      themes[key] = created.body;
    }
    await published({
      language: 'pt',
      title: { pt: 'Cooperação triangular entre Brasil e Moçambique' },
      summary: { pt: 'Intercâmbio de técnicos agrícolas.' },
      region: 'africa',
      countries: ['MZ', 'BR'],
      modality: 'triangular',
      sdgs: [2, 8],
      themeIds: [themes.cooperatives!.id],
    });
    await published({
      language: 'fr',
      title: { fr: 'Transition juste au Sénégal' },
      summary: { fr: 'Des formations pour les emplois verts dans la gestion des déchets.' },
      region: 'africa',
      countries: ['SN'],
      modality: 'south_south',
      sdgs: [8, 13],
      themeIds: [themes['green-jobs']!.id],
    });
    await published({
      language: 'es',
      title: { es: 'Red de cooperativas de trabajo', en: 'Network of worker cooperatives' },
      description: { es: 'Una **cooperativa** por ciudad.' },
      region: 'americas',
      countries: ['AR', 'UY'],
      modality: 'city_to_city',
      sdgs: [8],
      themeIds: [themes.cooperatives!.id],
    });
    await published({
      language: 'en',
      title: { en: 'Skills for green jobs in the Pacific' },
      region: 'asia_pacific',
      countries: ['FJ'],
      modality: 'south_south',
      sdgs: [4, 8, 13],
      themeIds: [themes['green-jobs']!.id],
    });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('search in four languages', () => {
    it('finds a Portuguese title typed without its accents', async () => {
      expect(titles(await search({ q: 'cooperacao triangular' }))).toEqual(['Cooperação triangular entre Brasil e Moçambique']);
    });

    it('finds a French summary about green jobs (and the practice whose theme is called so in French)', async () => {
      expect(sorted(titles(await search({ q: 'emplois verts' })))).toEqual(['Skills for green jobs in the Pacific', 'Transition juste au Sénégal']);
      expect(titles(await search({ q: 'emplois verts déchets' }))).toEqual(['Transition juste au Sénégal']);
    });

    it('stems: "cooperativas" finds a description that says "cooperativa"', async () => {
      expect(titles(await search({ q: 'cooperativas' }))).toContain('Network of worker cooperatives');
    });

    it('finds a practice by the name of its theme in another language', async () => {
      expect(sorted(titles(await search({ q: 'coopératives' })))).toEqual([
        'Cooperação triangular entre Brasil e Moçambique',
        'Network of worker cooperatives',
      ]);
    });

    it('ranks a match in the title above a match in the summary or themes', async () => {
      const found = await search({ q: 'green jobs' });
      expect(titles(found)[0]).toBe('Skills for green jobs in the Pacific');
    });

    it('finds nothing for words no practice has', async () => {
      expect((await search({ q: 'astronautique' })).total).toBe(0);
    });
  });

  describe('facets', () => {
    it('counts each region, country, modality, theme and SDG among all published practices', async () => {
      const { facets, total } = await search({});
      expect(total).toBe(4);
      expect(facets.region).toEqual([
        { value: 'africa', count: 2 },
        { value: 'americas', count: 1 },
        { value: 'asia_pacific', count: 1 },
      ]);
      expect(facets.sdg).toEqual(
        expect.arrayContaining([
          { value: '8', count: 4 },
          { value: '13', count: 2 },
          { value: '2', count: 1 },
        ]),
      );
      expect(facets.theme).toEqual(
        expect.arrayContaining([
          { value: themes.cooperatives!.id, count: 2 },
          { value: themes['green-jobs']!.id, count: 2 },
        ]),
      );
      expect(facets.country.find((c) => c.value === 'BR')).toEqual({ value: 'BR', count: 1 });
      expect(facets.modality).toEqual(expect.arrayContaining([{ value: 'triangular', count: 1 }]));
    });

    it('narrows the results by a facet, while that facet still counts the other values', async () => {
      const { items, facets, total } = await search({ region: 'africa' });
      expect(total).toBe(2);
      expect(items.every((item) => item.region === 'africa')).toBe(true);
      expect(facets.region.find((r) => r.value === 'americas')).toEqual({ value: 'americas', count: 1 });
      expect(facets.modality).toEqual(
        expect.arrayContaining([
          { value: 'triangular', count: 1 },
          { value: 'south_south', count: 1 },
        ]),
      );
      expect(facets.modality.find((m) => m.value === 'city_to_city')).toBeUndefined();
    });

    it('counts within the search results', async () => {
      const { facets } = await search({ q: 'jobs', sdg: '13' });
      expect(facets.region.map((r) => r.value).sort()).toEqual(['africa', 'asia_pacific']);
      expect(facets.theme).toEqual([{ value: themes['green-jobs']!.id, count: 2 }]);
    });

    it('paginates', async () => {
      const first = await search({ pageSize: '3' });
      const second = await search({ pageSize: '3', page: '2' });
      expect(first.items).toHaveLength(3);
      expect(second.items).toHaveLength(1);
      expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(4);
    });
  });

  describe('drafts and review', () => {
    it('keeps a draft from everyone but its author (and organizers)', async () => {
      const draft = (await author.post<Practice>('/practices', input({ title: { en: 'Secret draft about triangular cooperation' } }))).body;
      expect(draft.status).toBe('draft');
      expect((await other.get(`/practices/${draft.id}`)).status).toBe(404);
      expect((await facilitator.get(`/practices/${draft.id}`)).status).toBe(404);
      expect((await author.get(`/practices/${draft.id}`)).status).toBe(200);
      expect(titles(await search({ q: 'secret draft' }))).toEqual([]);
      expect((await other.patch(`/practices/${draft.id}`, input({ title: { en: 'Mine now' } }))).status).toBe(404);
      expect((await other.post(`/practices/${draft.id}/submit`, {})).status).toBe(404);
      expect((await other.post(`/practices/${draft.id}/comments`, { body: 'hi' })).status).toBe(404);
    });

    it('goes from draft to review to changes requested to published, telling the author each step in their language', async () => {
      const draft = (await author.post<Practice>('/practices', input({ language: 'fr', title: { fr: 'Coopératives de recyclage' }, contactIds: [] })))
        .body;
      expect((await facilitator.post(`/practices/${draft.id}/publish`, {})).status).toBe(404);

      const submitted = await author.post<Practice>(`/practices/${draft.id}/submit`, {});
      expect(submitted.body.status).toBe('in_review');
      await t.mailbox.waitFor(authorEmail, (m) => m.subject.includes('relecture') && m.subject.includes('Coopératives de recyclage'));
      expect((await author.post(`/practices/${draft.id}/publish`, {})).status).toBe(403);
      expect((await author.post(`/practices/${draft.id}/submit`, {})).body).toMatchObject({ code: 'practice_wrong_status' });

      const queue = (await facilitator.get<PracticeWorkList>('/practices/work')).body;
      expect(queue.toReview.map((p) => p.id)).toContain(draft.id);
      expect((await other.get<PracticeWorkList>('/practices/work')).body.toReview).toEqual([]);

      expect((await facilitator.post(`/practices/${draft.id}/comments`, { body: 'Ajoutez les pays.' })).status).toBe(200);
      const comment = await t.mailbox.waitFor(authorEmail, (m) => m.text.includes('Ajoutez les pays.'));
      expect(comment.subject).toContain('commentaire');

      const changes = await facilitator.post<Practice>(`/practices/${draft.id}/request-changes`, { body: 'Précisez la période.' });
      expect(changes.body.status).toBe('draft');
      expect(changes.body.can).toEqual({ edit: false, submit: false, review: false, link: true });
      await t.mailbox.waitFor(authorEmail, (m) => m.text.includes('Précisez la période.') && m.subject.includes('modifications'));

      expect(
        (await author.patch(`/practices/${draft.id}`, input({ language: 'fr', title: { fr: 'Coopératives de recyclage' }, periodStart: 2020 })))
          .status,
      ).toBe(200);
      expect((await author.post(`/practices/${draft.id}/submit`, {})).status).toBe(200);
      const done = await facilitator.post<Practice>(`/practices/${draft.id}/publish`, {});
      expect(done.body.status).toBe('published');
      await t.mailbox.waitFor(authorEmail, (m) => m.subject.includes('publiée'));
      expect(done.body.reviews.map((r) => r.action)).toEqual(['submitted', 'commented', 'changes_requested', 'submitted', 'published']);
      expect((await other.get<Practice>(`/practices/${draft.id}`)).body.reviews).toEqual([]);
      expect(titles(await search({ q: 'recyclage' }))).toEqual(['Coopératives de recyclage']);
    });

    it('refuses a participant on the reviewers’ actions and a practice with unknown themes or contacts', async () => {
      const draft = (await author.post<Practice>('/practices', input())).body;
      expect((await other.post(`/practices/${draft.id}/request-changes`, { body: 'no' })).status).toBe(403);
      const bad = await author.post('/practices', input({ themeIds: ['00000000-0000-4000-8000-000000000000'] }));
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ path: 'themeIds' })]);
      expect((await author.post('/practices', input({ title: { es: 'Sólo en español' } }))).status).toBe(400);
      expect((await other.post('/practices/themes', { key: 'x', name: { en: 'X' } })).status).toBe(403);
    });

    it('renders the description safely and lists contacts by name', async () => {
      const { user } = await signedIn(t, 'facilitator', { name: 'Ana Contacto' });
      const practice = (
        await author.post<Practice>('/practices', input({ description: { en: 'Hello <script>alert(1)</script> **world**' }, contactIds: [user.id] }))
      ).body;
      expect(practice.html).toContain('<strong>world</strong>');
      expect(practice.html).not.toContain('<script>');
      expect(practice.contacts).toEqual([expect.objectContaining({ id: user.id, name: 'Ana Contacto' })]);
      expect(practice.missingLanguages).toEqual(['es', 'fr', 'pt']);
    });
  });

  describe('demo data', () => {
    it('publishes the demo practices with themes and SDGs, searchable in every language', async () => {
      await t.app.get(DemoSeedService).seedIfEmpty();
      const all = await search({ pageSize: '50' });
      const demo = all.items.filter((item) => item.title.en && item.title.es && item.title.fr && item.title.pt && item.missingLanguages.length === 0);
      expect(demo.length).toBeGreaterThanOrEqual(18);
      expect(demo.every((item) => item.themes.length > 0 && item.sdgs.length > 0)).toBe(true);
      expect(titles(await search({ q: 'trabalho infantil' }))).toContain('Brazil and Haiti: child labour in construction');
      expect(titles(await search({ q: 'travail des enfants' }))).toContain('Portuguese-speaking countries against child labour');
    });
  });

  describe('from the impact assessment', () => {
    it('turns an initiative answer into a draft by its participant, prefilled, once, and invites them to complete it', async () => {
      await t.app.get(DemoSeedService).seedIfEmpty();
      const interviews = await t.dataSource.getRepository(SurveyInterview).find();
      const users = await t.dataSource.getRepository(User).findBy({});
      const interview = interviews
        .map((iv) => ({ iv, user: users.find((u) => u.id === iv.userId)! }))
        .find(({ user }) => user.name.length > 0 && user.language === 'es');
      expect(interview).toBeDefined();
      const { iv, user } = interview!;

      expect((await facilitator.post(`/practices/from-interview/${iv.id}`, {})).status).toBe(403);
      const made = await organizer.post<Practice>(`/practices/from-interview/${iv.id}`, {});
      expect(made.status).toBe(200);
      expect(made.body).toMatchObject({ status: 'draft', language: 'es', submittedBy: { id: user.id } });
      expect(made.body.contacts.map((c) => c.id)).toEqual([user.id]);
      expect(made.body.title.es).toBeTruthy();
      expect(made.body.summary.es).toBeTruthy();
      expect(made.body.countries.length).toBeGreaterThan(0);
      const invitation = await t.mailbox.waitFor(user.email, (m) => m.links.some((link) => link.includes(`/practices/${made.body.id}/edit`)));
      expect(invitation.subject).toContain('buena práctica');

      const again = await organizer.post<Practice>(`/practices/from-interview/${iv.id}`, {});
      expect(again.body.id).toBe(made.body.id);
      expect((await other.get(`/practices/${made.body.id}`)).status).toBe(404);
      expect((await organizer.post('/practices/from-interview/00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
    });
  });

  describe('links to programme items and rooms', () => {
    it('lets organizers link a practice to a room and an item; the room shows it to its members only', async () => {
      await t.app.get(DemoSeedService).seedIfEmpty();
      const joao = t.client('pt');
      expect((await joao.post('/auth/sign-in', { email: 'participant@academy.example.org', password: DEMO_PASSWORD })).status).toBe(200);
      const room = (await joao.get<RoomSummary[]>('/discussions/rooms')).body[0]!;
      const practice = (await search({ q: 'cooperacao triangular' })).items[0]!;
      const item = (await t.dataSource.query(`SELECT id FROM programme_items LIMIT 1`)) as { id: string }[];

      const body = { programmeItemIds: [item[0]!.id], roomIds: [room.id] };
      expect((await other.put(`/practices/${practice.id}/links`, body)).status).toBe(403);
      // A facilitator who facilitates none of them may not link them.
      expect((await facilitator.put(`/practices/${practice.id}/links`, body)).status).toBe(400);
      expect((await organizer.put(`/practices/${practice.id}/links`, { ...body, roomIds: ['00000000-0000-4000-8000-000000000000'] })).status).toBe(
        400,
      );
      const linked = await organizer.put<Practice>(`/practices/${practice.id}/links`, body);
      expect(linked.status).toBe(200);
      expect(linked.body.programmeItems.map((i) => i.id)).toEqual([item[0]!.id]);
      expect(linked.body.rooms.map((r) => r.id)).toEqual([room.id]);

      const shown = await joao.get<PracticeSummary[]>(`/practices/for-room/${room.id}`);
      expect(shown.body.map((p) => p.id)).toEqual([practice.id]);
      expect((await other.get(`/practices/for-room/${room.id}`)).status).toBe(404);
      expect((await other.get<Practice>(`/practices/${practice.id}`)).body.rooms).toEqual([]);
    });

    it('lets a facilitator link a practice to the items they facilitate and the rooms they moderate, leaving the other links alone', async () => {
      await t.app.get(DemoSeedService).seedIfEmpty();
      const fatou = t.client('fr');
      expect((await fatou.post('/auth/sign-in', { email: 'facilitator@academy.example.org', password: DEMO_PASSWORD })).status).toBe(200);
      const practice = (await search({ q: 'emplois verts' })).items[0]!;
      const options = await fatou.get<PracticeLinkOptions>(`/practices/${practice.id}/link-options`);
      expect(options.status).toBe(200);
      expect(options.body.programmeItems.length).toBeGreaterThan(0);
      expect(options.body.rooms.length).toBeGreaterThan(0);
      const mine = { programmeItemIds: [options.body.programmeItems[0]!.id], roomIds: [options.body.rooms[0]!.id] };
      // An item she does not facilitate, linked by an organizer, stays linked whatever she sends.
      const [elsewhere] = (await t.dataSource.query(`SELECT id FROM programme_items WHERE NOT (id = ANY($1::uuid[])) LIMIT 1`, [
        options.body.programmeItems.map((i) => i.id),
      ])) as { id: string }[];
      expect((await organizer.put(`/practices/${practice.id}/links`, { programmeItemIds: [elsewhere!.id], roomIds: [] })).status).toBe(200);
      expect((await fatou.put(`/practices/${practice.id}/links`, { ...mine, programmeItemIds: [elsewhere!.id] })).status).toBe(400);
      const linked = await fatou.put<Practice>(`/practices/${practice.id}/links`, mine);
      expect(linked.status).toBe(200);
      expect(linked.body.can.link).toBe(true);
      expect(linked.body.programmeItems.map((i) => i.id).sort()).toEqual([elsewhere!.id, mine.programmeItemIds[0]].sort());
      const after = (await fatou.get<PracticeLinkOptions>(`/practices/${practice.id}/link-options`)).body;
      expect(after.programmeItems.filter((i) => i.linked).map((i) => i.id)).toEqual(mine.programmeItemIds);
      expect(after.rooms.filter((r) => r.linked).map((r) => r.id)).toEqual(mine.roomIds);
      const unlinked = await fatou.put<Practice>(`/practices/${practice.id}/links`, { programmeItemIds: [], roomIds: [] });
      expect(unlinked.body.programmeItems.map((i) => i.id)).toEqual([elsewhere!.id]);

      expect((await other.get(`/practices/${practice.id}/link-options`)).status).toBe(403);
      expect((await other.get<Practice>(`/practices/${practice.id}`)).body.can.link).toBe(false);
      // Someone's draft, never submitted, is not hers to see.
      const draft = await author.post<Practice>('/practices', input());
      expect((await fatou.get(`/practices/${draft.body.id}/link-options`)).status).toBe(404);
      expect((await fatou.put(`/practices/${draft.body.id}/links`, mine)).status).toBe(404);
    });
  });

  describe('contact people', () => {
    it('finds people on the platform by name, accents and case ignored, showing no email', async () => {
      const { user } = await signedIn(t, 'participant', { name: 'Conceição Ferreira', organisation: 'SEBRAE', country: 'BR' });
      expect((await other.get('/practices/people?q=c')).status).toBe(400);
      const found = await other.get<PracticePerson[]>('/practices/people?q=CONCEICAO');
      expect(found.status).toBe(200);
      expect(found.body).toEqual([{ id: user.id, name: 'Conceição Ferreira', organisation: 'SEBRAE', country: 'BR' }]);
    });

    it('opens one direct room between a reader and a contact person, for the two of them only', async () => {
      const contact = await signedIn(t, 'participant', { name: 'Kwame Mensah' });
      const reader = await signedIn(t, 'participant', { name: 'Lucía Gómez' });
      const practice = await published({ contactIds: [contact.user.id] });
      const path = `/practices/${practice.id}/contacts/${contact.user.id}/conversation`;
      const [first, second] = await Promise.all([reader.client.post<{ roomId: string }>(path), reader.client.post<{ roomId: string }>(path)]);
      expect(first.status).toBe(200);
      expect(second.body.roomId).toBe(first.body.roomId);
      const roomId = first.body.roomId;
      for (const person of [reader.client, contact.client]) {
        const room = (await person.get<RoomSummary[]>('/discussions/rooms')).body.find((r) => r.id === roomId);
        expect(room).toMatchObject({ kind: 'direct', title: { en: expect.stringContaining('Kwame Mensah') }, canModerate: false });
      }
      // Nobody else is in it: not another member, not an organizer.
      for (const outsider of [other, organizer]) {
        expect((await outsider.get<RoomSummary[]>('/discussions/rooms')).body.some((r) => r.id === roomId)).toBe(false);
        expect((await outsider.get(`/discussions/rooms/${roomId}/messages`)).status).toBe(403);
      }
      // Only the practice's contact people are reached this way, and not by themselves.
      expect((await contact.client.post<{ roomId: string }>(`/practices/${practice.id}/contacts/${reader.user.id}/conversation`)).status).toBe(404);
      expect((await contact.client.post(path)).status).toBe(409);
      expect((await reader.client.post(`/practices/${practice.id}/contacts/${reader.user.id}/conversation`)).status).toBe(404);
      const draft = await author.post<Practice>('/practices', input({ contactIds: [contact.user.id] }));
      expect((await reader.client.post(`/practices/${draft.body.id}/contacts/${contact.user.id}/conversation`)).status).toBe(404);
    });
  });

  describe('documents', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f20000000049454e44ae426082',
      'hex',
    );

    it('stores a file its author uploads, by what its bytes are, and serves it as an attachment to the practice’s readers only', async () => {
      const draft = (await author.post<Practice>('/practices', input())).body;
      const upload = (client: ApiClient, body: Buffer, name: string) =>
        client.bytes('POST', `/practices/${draft.id}/documents?name=${encodeURIComponent(name)}`, body);

      const stored = await upload(author, pdf, 'C:\\Users\\ana\\Rapport final: "2024" ação.exe');
      expect(stored.status).toBe(201);
      expect(stored.json).toMatchObject({ name: 'Rapport final 2024 ação.pdf', contentType: 'application/pdf', size: pdf.length });
      // An image named as a PDF is an image; HTML and an executable are refused whatever their name.
      expect((await upload(author, png, 'photo.pdf')).json).toMatchObject({ name: 'photo.png', contentType: 'image/png' });
      expect((await upload(author, Buffer.from('<html><script>alert(1)</script></html>'), 'page.pdf')).json).toMatchObject({
        code: 'document_type_not_allowed',
      });
      expect((await upload(author, Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'), 'tool.pdf')).status).toBe(415);
      expect((await upload(author, Buffer.alloc(0), 'empty.pdf')).status).toBe(400);
      // Too large: refused before it is read whole.
      expect((await upload(author, Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]), 'big.pdf')).status).toBe(413);
      // Someone who may not edit it.
      expect((await upload(other, pdf, 'x.pdf')).status).toBe(404);

      const id = (stored.json as { id: string }).id;
      const path = `/practices/${draft.id}/documents/${id}`;
      const got = await author.bytes('GET', path);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(pdf)).toBe(true);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('content-disposition')).toBe(
        `attachment; filename="Rapport final 2024 a__o.pdf"; filename*=UTF-8''Rapport%20final%202024%20a%C3%A7%C3%A3o.pdf`,
      );
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      // A draft is its author's (and organizers'): others get nothing, not even that it exists.
      expect((await other.bytes('GET', path)).status).toBe(404);
      expect((await organizer.bytes('GET', path)).status).toBe(200);
      expect((await author.get<Practice>(`/practices/${draft.id}`)).body.files.map((f) => f.name)).toEqual([
        'Rapport final 2024 ação.pdf',
        'photo.png',
      ]);
      // Another practice's id does not reach it.
      const another = (await author.post<Practice>('/practices', input())).body;
      expect((await author.bytes('GET', `/practices/${another.id}/documents/${id}`)).status).toBe(404);

      expect((await other.delete(path)).status).toBe(404);
      expect((await author.delete(path)).status).toBe(204);
      expect((await author.bytes('GET', path)).status).toBe(404);
    });

    it('holds at most ten files per practice, however many arrive at once', async () => {
      const draft = (await author.post<Practice>('/practices', input())).body;
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => author.bytes('POST', `/practices/${draft.id}/documents?name=part-${i}.pdf`, pdf)),
      );
      expect(answers.filter((a) => a.status === 201)).toHaveLength(10);
      expect(answers.filter((a) => a.status === 409).map((a) => (a.json as { code: string }).code)).toEqual([
        'practice_documents_full',
        'practice_documents_full',
      ]);
    });
  });
});
