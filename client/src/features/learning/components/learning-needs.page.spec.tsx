import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { EDITION_ID, aPackage, someNeeds } from '../test/learning-fixtures.js';

const needsRoute = `GET /api/editions/${EDITION_ID}/learning/needs`;

describe('pre-assessment of needs', () => {
  it('shows facilitators the self-rated knowledge of their module per group, with the free texts, in their language', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator', language: 'fr' }) },
      [needsRoute]: (request) => ({ status: 200, body: someNeeds({ groupBy: (request.query.get('groupBy') ?? 'cohort') as 'cohort' }) }),
    });
    renderApp(`/editions/${EDITION_ID}/learning/needs`, { language: 'fr' });
    const module = await screen.findByTestId('module-needs');
    expect(within(module).getByRole('heading', { level: 2 }).textContent).toBe('Module optionnel 2: Travail des enfants');
    fireEvent.change(screen.getByLabelText('Regrouper les réponses par'), { target: { value: 'ilo_region' } });
    await waitFor(() => expect(server.requestsTo(needsRoute).at(-1)!.query.get('groupBy')).toBe('ilo_region'));
    await waitFor(() => expect(within(screen.getByTestId('module-needs')).getAllByRole('row')[1]!.querySelector('th')!.textContent).toBe('Afrique'));
    // The 1–5 ratings drawn as one bar in five parts, the numbers read out in the cell.
    const africa = within(screen.getByTestId('module-needs')).getAllByRole('row')[1]!;
    const segments = [...africa.querySelectorAll<HTMLElement>('.stacked-segment')];
    expect(segments.map((segment) => [segment.className, segment.style.width])).toEqual([
      ['stacked-segment stacked-2', '50%'],
      ['stacked-segment stacked-4', '50%'],
    ]);
    expect(africa.querySelector('.stacked .visually-hidden')!.textContent).toBe('0 / 1 / 0 / 1 / 0');
    const rows = within(screen.getByTestId('module-needs')).getAllByRole('row');
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(['Région', 'Afrique', 'Non précisé', 'Tous les participants']);
    expect(rows[3]!.textContent).toContain('2,3');
    expect(screen.getByText('Tools for supply chains')).toBeTruthy();
    expect(screen.getByText('Awa Ndiaye · Afrique')).toBeTruthy();
    expect(screen.getByText('3 participants ont répondu à la pré-évaluation.')).toBeTruthy();
  });

  it('invites a participant to answer from the package and opens their personal survey link', async () => {
    const invitationId = '6f6f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d00';
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      [`GET /api/editions/${EDITION_ID}/learning`]: {
        status: 200,
        body: aPackage({ preAssessment: { surveyId: someNeeds().surveyId, invitationId, responded: false, closesAt: '2016-06-30T21:59:00.000Z' } }),
      },
      [`POST /api/my/surveys/${invitationId}/link`]: { status: 200, body: { token: 'a-personal-token-of-enough-length' } },
    });
    renderApp(`/editions/${EDITION_ID}/learning`);
    const card = await screen.findByTestId('pre-assessment');
    expect(card.textContent).toContain('Open until June 30, 2016.');
    fireEvent.click(within(card).getByRole('button', { name: 'Answer the pre-assessment' }));
    await waitFor(() => expect(server.requestsTo(`POST /api/my/surveys/${invitationId}/link`)).toHaveLength(1));
  });

  it('lets an organizer create the pre-assessment when the edition has none', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer' }) },
      [`GET /api/editions/${EDITION_ID}/learning`]: { status: 200, body: aPackage({ progress: null, canCreate: true, editableItemIds: null }) },
      [`POST /api/editions/${EDITION_ID}/learning/pre-assessment`]: {
        status: 200,
        body: { surveyId: someNeeds().surveyId, invitationId: null, responded: false, closesAt: null },
      },
    });
    renderApp(`/editions/${EDITION_ID}/learning`);
    fireEvent.click(await screen.findByRole('button', { name: 'Create the pre-assessment' }));
    await waitFor(() => expect(server.requestsTo(`POST /api/editions/${EDITION_ID}/learning/pre-assessment`)).toHaveLength(1));
  });
});
