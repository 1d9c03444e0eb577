import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AttendanceSession, AttendanceSheet, CertificateList, CertificateVerification, MyCertificate } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEditionDetail } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const edition = anEditionDetail();
const CERTIFICATE = 'c0000000-0000-4000-8000-000000000001';
const PERSON = 'c0000000-0000-4000-8000-000000000002';
const SESSION = 'c0000000-0000-4000-8000-000000000003';
const issued = { id: CERTIFICATE, code: 'ABCD-EFGH-JKLM', issuedAt: '2016-07-20T10:00:00.000Z', revokedAt: null, revocationReason: null };

describe('certificates of participation', () => {
  it('shows a Spanish participant what is left, lets them take the certificate once eligible, and links the PDF in their language', async () => {
    let mine: MyCertificate = {
      rule: { package: true, minAttendancePercent: null, generalAssessment: false },
      requirements: [{ requirement: 'package', met: true, done: 4, needed: 4 }],
      standing: 'eligible',
      certificate: null,
    };
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'participant', language: 'es' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
      [`GET /api/editions/${edition.id}/certificate`]: () => ({ status: 200, body: mine }),
      [`POST /api/editions/${edition.id}/certificate`]: () => {
        mine = { ...mine, standing: 'issued', certificate: issued };
        return { status: 201, body: issued };
      },
    });
    renderApp(`/editions/${edition.id}`, { language: 'es' });
    const text = resources.es.certificates.mine;
    expect(await screen.findByText(resources.es.certificates.requirement.package.replace('{{done}}', '4').replace('{{needed}}', '4'))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: text.take }));
    const download = await screen.findByRole('link', { name: text.download });
    expect(download.getAttribute('href')).toBe(`/api/certificates/${CERTIFICATE}/pdf?language=es`);
    expect(screen.getByRole('link', { name: text.verify_link }).getAttribute('href')).toBe('/verify/ABCD-EFGH-JKLM');
    expect(server.requestsTo(`POST /api/editions/${edition.id}/certificate`)).toHaveLength(1);
  });

  it('lets an organizer in French issue to everyone eligible and revoke with a reason', async () => {
    const list: CertificateList = {
      rule: { package: true, minAttendancePercent: 80, generalAssessment: false },
      rows: [
        {
          userId: PERSON,
          name: 'Awa Diop',
          email: 'awa@example.org',
          country: 'SN',
          requirements: [{ requirement: 'package', met: true, done: 4, needed: 4 }],
          standing: 'issued',
          certificate: issued,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 50,
      counts: { not_eligible: 3, eligible: 2, issued: 1, revoked: 0 },
    };
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'fr' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
      [`GET /api/editions/${edition.id}/certificates`]: { status: 200, body: list },
      [`POST /api/editions/${edition.id}/certificates`]: { status: 201, body: { issued: 2, notEligible: 3 } },
      [`POST /api/certificates/${CERTIFICATE}/revoke`]: { status: 201, body: { ...issued, revokedAt: '2016-08-01T00:00:00.000Z' } },
    });
    renderApp(`/editions/${edition.id}/certificates`, { language: 'fr' });
    const text = resources.fr.certificates.list;
    fireEvent.click(await screen.findByRole('button', { name: text.issue_all.replace('{{number}}', '2') }));
    expect(await screen.findByText(text.issued.replace('{{issued}}', '2').replace('{{notEligible}}', '3'))).toBeTruthy();
    expect(server.requestsTo(`POST /api/editions/${edition.id}/certificates`)[0]!.body).toEqual({});

    const row = screen.getByTestId('certificate-rows');
    fireEvent.click(within(row).getByRole('button', { name: text.revoke.replace('{{name}}', 'Awa Diop') }));
    fireEvent.change(within(row).getByLabelText(text.revoke_reason), { target: { value: 'Erreur de saisie' } });
    fireEvent.click(within(row).getByRole('button', { name: text.revoke_confirm }));
    await waitFor(() => expect(server.requestsTo(`POST /api/certificates/${CERTIFICATE}/revoke`)[0]?.body).toEqual({ reason: 'Erreur de saisie' }));
    expect(screen.getByLabelText(resources.fr.certificates.rule.attendance_percent)).toHaveProperty('value', '80');
  });

  it('verifies a typed code without signing in, and says when a certificate was revoked', async () => {
    const verification: CertificateVerification = {
      code: 'ABCD-EFGH-JKLM',
      facts: {
        holderName: 'Awa Diop',
        courseTitle: { en: 'SSTC Academy' },
        editionTitle: { en: 'SSTC Academy 2016', pt: 'Academia CSST 2016' },
        venue: { en: 'Turin', pt: 'Turim' },
        defaultLanguage: 'en',
        faceToFaceStart: '2016-07-11',
        faceToFaceEnd: '2016-07-15',
        modules: [{ kind: 'elective_module', number: 3, title: { en: 'Social protection' } }],
        preLearningMinutes: 360,
        faceToFaceMinutes: 1_800,
      },
      issuedAt: issued.issuedAt,
      revokedAt: '2016-08-01T00:00:00.000Z',
      revocationReason: 'Emitido por engano',
    };
    const server = installFakeServer({
      'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }),
      'GET /api/certificates/verify/ABCD-EFGH-JKLM': { status: 200, body: verification },
    });
    renderApp('/verify', { language: 'pt' });
    const text = resources.pt.certificates.verify;
    fireEvent.change(await screen.findByLabelText(text.code), { target: { value: 'abcd efgh jklm' } });
    fireEvent.click(screen.getByRole('button', { name: text.check }));
    const card = await screen.findByTestId('verified-certificate');
    expect(card.textContent).toContain('Awa Diop');
    expect(card.textContent).toContain('Academia CSST 2016');
    expect(card.textContent).toContain('Turim');
    expect(within(card).getByRole('alert').textContent).toContain('Emitido por engano');
    expect(server.requestsTo('GET /api/certificates/verify/ABCD-EFGH-JKLM')).toHaveLength(1);
  });

  it('tells an unknown code apart from a failure', async () => {
    installFakeServer({ 'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }) });
    renderApp('/verify/ZZZZ-ZZZZ-ZZZZ', { language: 'en' });
    expect(await screen.findByText(resources.en.certificates.verify.unknown.replace('{{code}}', 'ZZZZ-ZZZZ-ZZZZ'))).toBeTruthy();
  });

  it('lets a facilitator mark a participant present with one tap, and shows it at once', async () => {
    const session: AttendanceSession = {
      id: SESSION,
      itemId: edition.programme[0]!.id,
      itemKind: 'mandatory_module',
      itemNumber: 1,
      itemTitle: { en: 'Decent work' },
      startsAt: '2016-07-11T07:00:00.000Z',
      endsAt: '2016-07-11T08:30:00.000Z',
      expected: 1,
      present: 0,
      absent: 0,
    };
    const sheet: AttendanceSheet = {
      session,
      timeZone: 'Europe/Rome',
      rows: [{ userId: PERSON, name: 'Awa Diop', country: 'SN', present: null }],
      total: 1,
      page: 1,
      pageSize: 50,
    };
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator', language: 'en' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
      [`GET /api/editions/${edition.id}/attendance`]: { status: 200, body: [session] },
      [`GET /api/sessions/${SESSION}/attendance`]: { status: 200, body: sheet },
      [`PUT /api/sessions/${SESSION}/attendance`]: { status: 200, body: { userId: PERSON, name: 'Awa Diop', country: 'SN', present: true } },
    });
    renderApp(`/editions/${edition.id}/attendance`);
    const group = await screen.findByRole('group', { name: 'Awa Diop' });
    fireEvent.click(within(group).getByRole('radio', { name: resources.en.certificates.attendance.present }));
    await waitFor(() =>
      expect(within(group).getByRole('radio', { name: resources.en.certificates.attendance.present })).toHaveProperty('checked', true),
    );
    expect(server.requestsTo(`PUT /api/sessions/${SESSION}/attendance`)[0]!.body).toEqual({ userId: PERSON, present: true });
  });
});
