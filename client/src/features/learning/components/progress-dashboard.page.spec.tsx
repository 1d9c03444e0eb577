import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { EDITION_ID, aDashboard } from '../test/learning-fixtures.js';

const route = `GET /api/editions/${EDITION_ID}/learning/progress`;

describe('progress dashboard', () => {
  it('shows totals, who has not started, and exports the filtered list as CSV', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator', language: 'fr' }) },
      [route]: { status: 200, body: aDashboard() },
    });
    renderApp(`/editions/${EDITION_ID}/learning/progress`, { language: 'fr' });
    const table = await screen.findByTestId('progress-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('.badge')!.textContent)).toEqual(['Terminé', 'Pas commencé']);
    expect(rows[0]!.textContent).toContain('3 sur 3 (100 %)');
    expect(within(screen.getByTestId('dashboard-totals')).getByText('Pas commencé').nextElementSibling!.textContent).toBe('1');

    fireEvent.change(screen.getByLabelText('Statut'), { target: { value: 'not_started' } });
    await waitFor(() => expect(server.requestsTo(route).at(-1)!.query.get('status')).toBe('not_started'));
    expect(screen.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href')).toBe(
      `/api/editions/${EDITION_ID}/learning/progress.csv?status=not_started`,
    );
  });

  it('is not offered to participants', async () => {
    installFakeServer({ 'GET /api/auth/me': { status: 200, body: aUser() } });
    renderApp(`/editions/${EDITION_ID}/learning/progress`);
    expect((await screen.findByRole('alert')).textContent).toBe('You are not allowed to do this.');
  });
});
