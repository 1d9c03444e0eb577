import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import { CERTIFICATE_CODE_PATTERN, type CertificateListRow, type EditionDetail } from '@sstc/shared';
import { addItem, addUnits, createEdition, enrolledFacilitator, enrolledParticipant } from '../factories/editions.factory.js';
import { createSurvey, GENERAL_ANSWERS, invitationToken, sendNow } from '../factories/surveys.factory.js';
import { signedIn } from '../factories/users.factory.js';
import type { ApiClient } from '../setup/api-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Person = Awaited<ReturnType<typeof enrolledParticipant>>;

async function pdfText(
  t: TestApp,
  client: ApiClient,
  certificateId: string,
  language: string,
): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${t.url}/api/certificates/${certificateId}/pdf?language=${language}`, { headers: { cookie: client.sessionCookie } });
  if (response.status !== 200) return { status: response.status, type: response.headers.get('content-type'), text: '' };
  const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
  const { text } = await parser.getText();
  await parser.destroy();
  return { status: response.status, type: response.headers.get('content-disposition'), text: text.replace(/\s+/g, ' ') };
}

describe('certificates of participation and attendance', () => {
  let t: TestApp;
  let organizer: ApiClient;
  let edition: EditionDetail;
  let facilitator: Person;
  let ana: Person;
  let ben: Person;
  let carla: Person;
  let facilitatedItemId: string;
  const panel = () => edition.programme.find((item) => item.kind === 'panel')!;

  beforeAll(async () => {
    t = await startTestApp();
    organizer = (await signedIn(t, 'organizer')).client;
    edition = await createEdition(organizer);
    facilitator = await enrolledFacilitator(t, organizer, edition.id);
    facilitatedItemId = (
      await addItem(
        organizer,
        edition,
        'mandatory_module',
        { title: { en: 'Decent work and SSTC', fr: 'Travail décent et CSST' }, facilitatorIds: [facilitator.user.id] },
        1,
      )
    ).id;
    edition = (await organizer.get(`/editions/${edition.id}`)).body;
    ana = await enrolledParticipant(t, organizer, edition.id, { name: 'Ana Gonçalves', language: 'pt' });
    ben = await enrolledParticipant(t, organizer, edition.id, { name: 'Nguyễn Văn Bình', language: 'en' });
    carla = await enrolledParticipant(t, organizer, edition.id, { name: 'Carla Díaz', language: 'es' });
    await addUnits(organizer, edition.id, [
      ['Basic principles', 30],
      ['Key questions', 90],
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lets a participant who completed the package take the certificate, download it in a language and have it verified by anyone', async () => {
    const before = await ana.client.get(`/editions/${edition.id}/certificate`);
    expect(before.body).toMatchObject({
      standing: 'not_eligible',
      requirements: [{ requirement: 'package', met: false, done: 0, needed: 2 }],
      certificate: null,
    });
    const refused = await ana.client.post(`/editions/${edition.id}/certificate`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'certificate_not_eligible', message: expect.stringContaining('certificado') });

    const units = (await ana.client.get(`/editions/${edition.id}/learning`)).body.units as { id: string }[];
    for (const unit of units) expect((await ana.client.put(`/learning/units/${unit.id}/progress`, { completed: true })).status).toBe(200);
    expect((await ana.client.get(`/editions/${edition.id}/certificate`)).body.standing).toBe('eligible');

    const taken = await ana.client.post(`/editions/${edition.id}/certificate`);
    expect(taken.status).toBe(201);
    expect(taken.body.code).toMatch(CERTIFICATE_CODE_PATTERN);
    expect((await ana.client.post(`/editions/${edition.id}/certificate`)).body.id).toBe(taken.body.id);

    const french = await pdfText(t, ana.client, taken.body.id, 'fr');
    expect(french.type).toBe(`attachment; filename="certificate-${taken.body.code}.pdf"`);
    expect(french.text).toContain('Attestation de participation');
    expect(french.text).toContain('Ana Gonçalves');
    expect(french.text).toContain('Édition de test');
    expect(french.text).toContain('Préformation : 2 h');
    expect(french.text).toContain(taken.body.code);
    expect(french.text).toContain(`/verify/${taken.body.code}`);
    expect((await pdfText(t, ana.client, taken.body.id, 'pt')).text).toContain('Certificado de participação');
    expect((await pdfText(t, ben.client, taken.body.id, 'en')).status).toBe(404);

    // Typed from paper: lower case, without dashes.
    const typed = taken.body.code.toLowerCase().replaceAll('-', '');
    const verified = await t.client().get(`/certificates/verify/${typed}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      code: taken.body.code,
      revokedAt: null,
      facts: { holderName: 'Ana Gonçalves', preLearningMinutes: 120, faceToFaceMinutes: 0 },
    });
    expect((await t.client().get('/certificates/verify/AAAA-AAAA-AAAA')).status).toBe(404);
    expect((await t.client().get('/certificates/verify/not-a-code')).status).toBe(404);
  });

  it('lets facilitators mark the sessions of their items and organizers any session, for those expected only', async () => {
    const mine = await facilitator.client.get(`/editions/${edition.id}/attendance`);
    expect(mine.status).toBe(200);
    expect(mine.body.map((session: { itemId: string }) => session.itemId)).toEqual([facilitatedItemId]);
    const sessionId = mine.body[0].id as string;
    const panelSession = panel().sessions[0]!.id;

    const sheet = await facilitator.client.get(`/sessions/${sessionId}/attendance`);
    expect(sheet.body.rows.map((row: { name: string }) => row.name)).toEqual(['Ana Gonçalves', 'Carla Díaz', 'Nguyễn Văn Bình']);
    expect((await facilitator.client.get(`/sessions/${sessionId}/attendance?q=carl`)).body).toMatchObject({
      total: 1,
      rows: [{ name: 'Carla Díaz', present: null }],
    });

    expect((await facilitator.client.put(`/sessions/${sessionId}/attendance`, { userId: ben.user.id, present: true })).body).toMatchObject({
      present: true,
    });
    expect((await facilitator.client.put(`/sessions/${sessionId}/attendance`, { userId: carla.user.id, present: false })).status).toBe(200);
    expect((await facilitator.client.put(`/sessions/${panelSession}/attendance`, { userId: ben.user.id, present: true })).status).toBe(403);
    const notExpected = await facilitator.client.put(`/sessions/${sessionId}/attendance`, { userId: facilitator.user.id, present: true });
    expect(notExpected.body.code).toBe('attendance_not_expected');
    expect((await organizer.put(`/sessions/${panelSession}/attendance`, { userId: ben.user.id, present: true })).status).toBe(200);
    expect((await organizer.put(`/sessions/${panelSession}/attendance`, { userId: carla.user.id, present: true })).status).toBe(200);
    expect((await organizer.put(`/sessions/${panelSession}/attendance`, { userId: carla.user.id, present: null })).body.present).toBeNull();

    const counted = (await organizer.get(`/editions/${edition.id}/attendance`)).body as {
      id: string;
      expected: number;
      present: number;
      absent: number;
    }[];
    expect(counted.find((session) => session.id === sessionId)).toMatchObject({ expected: 3, present: 1, absent: 1 });
    expect(counted.find((session) => session.id === panelSession)).toMatchObject({ expected: 3, present: 1, absent: 0 });
    expect((await ben.client.get(`/sessions/${sessionId}/attendance`)).status).toBe(403);
  });

  it('issues in bulk to those who meet the rule, emails them, and revokes', async () => {
    const rule = { package: false, minAttendancePercent: 50, generalAssessment: true };
    expect((await organizer.put(`/editions/${edition.id}/certificate-rule`, rule)).body).toEqual(rule);
    await sendNow(organizer, (await createSurvey(organizer, edition.id, 'general_assessment')).id);
    const token = await invitationToken(t.mailbox, ben.user.email);
    expect((await t.client().post(`/survey-links/${token}/response`, { answers: GENERAL_ANSWERS })).status).toBe(201);

    const list = (await organizer.get(`/editions/${edition.id}/certificates`)).body;
    const row = (person: Person) => list.rows.find((r: CertificateListRow) => r.userId === person.user.id) as CertificateListRow;
    expect(row(ben)).toMatchObject({
      standing: 'eligible',
      requirements: [
        { requirement: 'attendance', met: true, done: 2, needed: 1 },
        { requirement: 'general_assessment', met: true },
      ],
    });
    expect(row(carla)).toMatchObject({
      standing: 'not_eligible',
      requirements: [{ requirement: 'attendance', met: false, done: 0 }, { met: false }],
    });
    expect(row(ana).standing).toBe('issued');
    expect(list.counts).toEqual({ not_eligible: 1, eligible: 1, issued: 1, revoked: 0 });
    expect((await organizer.get(`/editions/${edition.id}/certificates?standing=eligible`)).body.rows).toHaveLength(1);

    expect((await organizer.post(`/editions/${edition.id}/certificates`, {})).body).toEqual({ issued: 1, notEligible: 1 });
    const email = await t.mailbox.waitFor(ben.user.email, (e) => e.subject.includes('certificate of participation'));
    const bens = (await ben.client.get(`/editions/${edition.id}/certificate`)).body;
    expect(bens.standing).toBe('issued');
    expect(email.text).toContain(bens.certificate.code);
    const facts = (await t.client().get(`/certificates/verify/${bens.certificate.code}`)).body.facts;
    expect(facts).toMatchObject({ holderName: 'Nguyễn Văn Bình', faceToFaceMinutes: 180 });
    expect(facts.modules.map((module: { title: { en: string } }) => module.title.en)).toEqual(['Mandatory module', 'Decent work and SSTC']);
    expect((await pdfText(t, ben.client, bens.certificate.id, 'en')).text).toContain('Nguyễn Văn Bình');

    const revoked = await organizer.post(`/certificates/${bens.certificate.id}/revoke`, { reason: 'Issued by mistake' });
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await t.client().get(`/certificates/verify/${bens.certificate.code}`)).body).toMatchObject({ revocationReason: 'Issued by mistake' });
    expect((await pdfText(t, ben.client, bens.certificate.id, 'en')).status).toBe(410);
    expect((await ben.client.post(`/editions/${edition.id}/certificate`)).body.code).toBe('certificate_revoked');
    expect((await organizer.post(`/editions/${edition.id}/certificates`, {})).body).toEqual({ issued: 0, notEligible: 1 });

    // Named again, the participant gets a new certificate; the old code still says revoked.
    expect((await organizer.post(`/editions/${edition.id}/certificates`, { userIds: [ben.user.id] })).body).toEqual({ issued: 1, notEligible: 0 });
    const renewed = (await ben.client.get(`/editions/${edition.id}/certificate`)).body.certificate;
    expect(renewed.code).not.toBe(bens.certificate.code);
    expect((await t.client().get(`/certificates/verify/${bens.certificate.code}`)).body.revokedAt).not.toBeNull();
  });

  it('issues one certificate when a participant asks many times at once', async () => {
    const other = await createEdition(organizer);
    const dana = await enrolledParticipant(t, organizer, other.id, { name: 'Dana Mensah' });
    // An edition without pre-learning units: the completed package asks nothing.
    const replies = await Promise.all(Array.from({ length: 8 }, () => dana.client.post(`/editions/${other.id}/certificate`)));
    expect(replies.map((reply) => reply.status)).toEqual(Array(8).fill(201));
    expect(new Set(replies.map((reply) => reply.body.id)).size).toBe(1);
    const [{ count }] = await t.dataSource.query('SELECT COUNT(*)::int AS count FROM certificates WHERE user_id = $1', [dana.user.id]);
    expect(count).toBe(1);
  });

  it('lets only organizers set the rule, list, issue and revoke; participants only see their own', async () => {
    const outsider = await signedIn(t, 'participant');
    const refusals = [
      await ana.client.get(`/editions/${edition.id}/certificates`),
      await facilitator.client.get(`/editions/${edition.id}/certificates`),
      await ana.client.post(`/editions/${edition.id}/certificates`, {}),
      await ana.client.put(`/editions/${edition.id}/certificate-rule`, { package: true, minAttendancePercent: null, generalAssessment: false }),
      await ana.client.post(`/certificates/${(await ana.client.get(`/editions/${edition.id}/certificate`)).body.certificate.id}/revoke`, {
        reason: 'x',
      }),
      await outsider.client.get(`/editions/${edition.id}/certificate`),
      await organizer.post(`/editions/${edition.id}/certificate`),
      await outsider.client.get(`/editions/${edition.id}/attendance`),
    ];
    expect(refusals.map((reply) => reply.status)).toEqual(Array(refusals.length).fill(403));
    expect((await t.client().get(`/editions/${edition.id}/certificate`)).status).toBe(401);
    expect((await organizer.get('/editions/00000000-0000-4000-8000-000000000000/certificates')).status).toBe(404);
    expect(
      (await organizer.put(`/editions/${edition.id}/certificate-rule`, { package: true, minAttendancePercent: 0, generalAssessment: false })).status,
    ).toBe(400);
  });
});
