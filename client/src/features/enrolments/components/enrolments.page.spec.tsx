import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Enrolment } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { installFakeServer, type RecordedRequest } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { EDITION } from '../../../test/programme-fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const text = resources.en.enrolments;
const COHORT = {
  id: 'c0000000-0000-4000-8000-0000000000c1',
  editionId: EDITION.id,
  name: 'Português',
  language: 'pt' as const,
  facilitators: [],
  participants: 0,
};

function anEnrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 'e0000000-0000-4000-8000-000000000001',
    editionId: EDITION.id,
    role: 'participant',
    status: 'active',
    cohort: null,
    user: {
      id: 'u1',
      name: 'João Silva',
      email: 'joao@example.org',
      country: 'BR',
      organisation: null,
      constituencyGroup: null,
      language: 'pt',
      account: 'active',
    },
    electives: [{ block: 'A', itemId: 'a0000000-0000-4000-8000-000000000004', number: 1, status: 'waitlisted' }],
    createdAt: '2016-05-01T10:00:00.000Z',
    withdrawnAt: null,
    ...overrides,
  };
}

describe('people of an edition', () => {
  const confirm = window.confirm;
  afterEach(() => {
    window.confirm = confirm;
  });

  function serve(extra = {}) {
    return installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer' }) },
      [`GET /api/editions/${EDITION.id}`]: { status: 200, body: EDITION },
      [`GET /api/editions/${EDITION.id}/cohorts`]: { status: 200, body: [COHORT] },
      [`GET /api/editions/${EDITION.id}/enrolments`]: { status: 200, body: { items: [anEnrolment()], total: 1, page: 1, pageSize: 25 } },
      ...extra,
    });
  }

  it('lists people with their electives, filters by the address, and moves someone to a cohort', async () => {
    const server = serve({
      'PATCH /api/enrolments/e0000000-0000-4000-8000-000000000001': (request: RecordedRequest) => ({
        status: 200,
        body: anEnrolment({ cohort: { id: COHORT.id, name: COHORT.name }, ...(request.body as object) }),
      }),
    });
    renderApp(`/editions/${EDITION.id}/enrolments?status=active`);
    const row = await screen.findByTestId('enrolment-row', {}, { timeout: 5000 });
    expect(row.textContent).toContain('A: module 1 (waitlist)');
    expect(server.requestsTo(`GET /api/editions/${EDITION.id}/enrolments`)[0]!.query.get('status')).toBe('active');

    fireEvent.change(within(row).getByLabelText('Cohort of João Silva'), { target: { value: COHORT.id } });
    await waitFor(() =>
      expect(server.requestsTo('PATCH /api/enrolments/e0000000-0000-4000-8000-000000000001')[0]?.body).toEqual({ cohortId: COHORT.id }),
    );
  });

  it('withdraws a person only after confirmation', async () => {
    const server = serve({
      'PATCH /api/enrolments/e0000000-0000-4000-8000-000000000001': { status: 200, body: anEnrolment({ status: 'withdrawn' }) },
    });
    renderApp(`/editions/${EDITION.id}/enrolments`);
    const row = await screen.findByTestId('enrolment-row', {}, { timeout: 5000 });
    window.confirm = () => false;
    fireEvent.click(within(row).getByRole('button', { name: 'Withdraw João Silva' }));
    window.confirm = () => true;
    fireEvent.click(within(row).getByRole('button', { name: 'Withdraw João Silva' }));
    await waitFor(() =>
      expect(server.requestsTo('PATCH /api/enrolments/e0000000-0000-4000-8000-000000000001').map((r) => r.body)).toEqual([{ status: 'withdrawn' }]),
    );
  });

  it('adds a person and says they were invited', async () => {
    const server = serve({
      [`POST /api/editions/${EDITION.id}/enrolments`]: {
        status: 201,
        body: anEnrolment({ status: 'invited', user: { ...anEnrolment().user, name: 'Ana Souza', account: 'invited' } }),
      },
    });
    renderApp(`/editions/${EDITION.id}/enrolments`);
    const form = await screen.findByTestId('add-enrolment-form', {}, { timeout: 5000 });
    fireEvent.change(within(form).getByLabelText(text.add.email), { target: { value: 'ana@example.org' } });
    fireEvent.change(within(form).getByLabelText(text.add.name), { target: { value: 'Ana Souza' } });
    await within(form).findByRole('option', { name: COHORT.name });
    fireEvent.change(within(form).getByLabelText(/^Cohort/), { target: { value: COHORT.id } });
    fireEvent.click(within(form).getByRole('button', { name: text.add.submit }));
    await waitFor(() => expect(within(form).getByRole('status').textContent).toBe('Ana Souza was enrolled and invited by email.'));
    expect(server.requestsTo(`POST /api/editions/${EDITION.id}/enrolments`)[0]!.body).toEqual({
      email: 'ana@example.org',
      name: 'Ana Souza',
      role: 'participant',
      language: 'en',
      cohortId: COHORT.id,
    });
  });
});
