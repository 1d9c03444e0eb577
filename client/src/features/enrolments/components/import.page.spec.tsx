import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { EnrolmentImport } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { EDITION } from '../../../test/programme-fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const IMPORT_ID = 'd0000000-0000-4000-8000-000000000001';
const text = resources.es.enrolments.import;

function anImport(overrides: Partial<EnrolmentImport> = {}): EnrolmentImport {
  return {
    id: IMPORT_ID,
    editionId: EDITION.id,
    fileName: 'gente.csv',
    status: 'previewed',
    total: 3,
    valid: 2,
    invalid: 1,
    creates: 1,
    updates: 1,
    processed: 0,
    createdAt: '2016-05-01T10:00:00.000Z',
    finishedAt: null,
    missingCohorts: [],
    ...overrides,
  };
}

describe('participant import', () => {
  it('sends the file as CSV, shows each bad row with its translated reason, then imports with progress', async () => {
    let polls = 0;
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'es' }) },
      [`GET /api/editions/${EDITION.id}`]: { status: 200, body: EDITION },
      [`POST /api/editions/${EDITION.id}/imports`]: { status: 201, body: anImport() },
      [`GET /api/imports/${IMPORT_ID}/rows`]: {
        status: 200,
        body: {
          items: [
            {
              line: 4,
              name: 'Sin Correo',
              email: 'nope',
              country: null,
              organisation: null,
              constituencyGroup: null,
              language: null,
              cohort: null,
              action: 'invalid',
              problems: [{ field: 'email', code: 'invalid_email', message: '' }],
            },
          ],
          total: 1,
          page: 1,
          pageSize: 50,
        },
      },
      [`POST /api/imports/${IMPORT_ID}/confirm`]: { status: 200, body: anImport({ status: 'queued' }) },
      // The job reports progress, then finishes.
      [`GET /api/imports/${IMPORT_ID}`]: () => ({
        status: 200,
        body: anImport(++polls < 2 ? { status: 'importing', processed: 1 } : { status: 'done', processed: 2 }),
      }),
    });
    renderApp(`/editions/${EDITION.id}/import`, { language: 'es' });

    const form = await screen.findByTestId('import-form', {}, { timeout: 5000 });
    const csv = 'nombre;correo\nAna;ana@x.org\n';
    const file = new File([csv], 'gente.csv', { type: 'text/csv' });
    // jsdom's File has no arrayBuffer(): give it the one browsers have.
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode(csv).buffer });
    fireEvent.change(within(form).getByLabelText(text.file), { target: { files: [file] } });
    fireEvent.click(within(form).getByRole('button', { name: text.check }));

    const summary = await screen.findByTestId('import-summary');
    expect(server.requestsTo(`POST /api/editions/${EDITION.id}/imports`)[0]).toMatchObject({ body: csv, headers: { 'Content-Type': 'text/csv' } });
    expect(server.requestsTo(`POST /api/editions/${EDITION.id}/imports`)[0]!.query.get('fileName')).toBe('gente.csv');
    expect(within(summary).getByText('1 fila con un problema')).toBeTruthy();
    const rows = await screen.findByTestId('import-rows');
    expect(within(rows).getByText('Correo electrónico: Esta dirección de correo electrónico no es válida.')).toBeTruthy();

    fireEvent.click(within(summary).getByRole('button', { name: 'Importar 2 personas y enviar las invitaciones' }));
    expect(await screen.findByRole('progressbar', {}, { timeout: 3000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('import-summary').textContent).toContain('Se importaron 2 personas'), { timeout: 4000 });
  });

  it('lists the cohorts the file names that the edition lacks and creates them in one click', async () => {
    let created = false;
    const rowsOf = () => ({
      items: [
        {
          line: 2,
          name: 'Rosa Lima',
          email: 'rosa@x.org',
          country: null,
          organisation: null,
          constituencyGroup: null,
          language: null,
          cohort: 'Árabe',
          action: created ? 'create' : 'invalid',
          problems: created ? [] : [{ field: 'cohort', code: 'unknown_cohort', message: '' }],
        },
      ],
      total: 1,
      page: 1,
      pageSize: 50,
    });
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'en' }) },
      [`GET /api/editions/${EDITION.id}`]: { status: 200, body: EDITION },
      [`GET /api/imports/${IMPORT_ID}`]: {
        status: 200,
        body: anImport({ valid: 0, invalid: 1, creates: 0, updates: 0, total: 1, missingCohorts: ['Árabe', 'Português'] }),
      },
      [`GET /api/imports/${IMPORT_ID}/rows`]: () => ({ status: 200, body: rowsOf() }),
      [`POST /api/imports/${IMPORT_ID}/cohorts`]: () => {
        created = true;
        return { status: 200, body: anImport({ valid: 1, invalid: 0, creates: 1, updates: 0, total: 1 }) };
      },
    });
    renderApp(`/editions/${EDITION.id}/import?import=${IMPORT_ID}`);
    const missing = await screen.findByTestId('missing-cohorts', {}, { timeout: 5000 });
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Árabe', 'Português']);
    // The row still says why it is left out.
    expect(within(await screen.findByTestId('import-rows')).getByText('Cohort: No cohort of this edition has this name.')).toBeTruthy();

    fireEvent.click(within(missing).getByRole('button', { name: 'Create these 2 cohorts' }));
    await waitFor(() => expect(screen.queryByTestId('missing-cohorts')).toBeNull());
    expect(server.requestsTo(`POST /api/imports/${IMPORT_ID}/cohorts`)).toHaveLength(1);
    expect(screen.getByTestId('import-summary').textContent).toContain('2 cohorts were created');
    expect(await within(await screen.findByTestId('import-rows')).findByText('Will be enrolled')).toBeTruthy();
  });
});
