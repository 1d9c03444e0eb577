import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SurveyDetail } from '@sstc/shared';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const SURVEY = 'b1b2c3d4-0000-4000-8000-000000000001';
const EDITION = 'b1b2c3d4-0000-4000-8000-000000000002';

function aSurvey(): SurveyDetail {
  return {
    id: SURVEY,
    editionId: EDITION,
    kind: 'custom',
    anonymous: false,
    title: { en: 'Follow-up' },
    lockedAt: null,
    responses: 0,
    minGroupSize: 5,
    distributions: [],
    acceptFallback: false,
    defaultLanguage: 'en',
    editionLanguages: ['en'],
    translations: [],
    machineDrafts: [],
    content: {
      title: { en: 'Follow-up' },
      intro: {},
      sections: [
        {
          key: 'main',
          title: { en: 'Main' },
          description: {},
          questions: [
            {
              key: 'initiative',
              type: 'yes_no',
              text: { en: 'Did you start an initiative?' },
              help: {},
              required: true,
              options: [],
              scaleLabels: [],
              showIf: null,
            },
            {
              key: 'modality',
              type: 'single_choice',
              text: { en: 'Which modality?' },
              help: {},
              required: false,
              options: [
                { value: 'south_south', label: { en: 'South-South' } },
                { value: 'triangular', label: { en: 'Triangular' } },
              ],
              scaleLabels: [],
              showIf: null,
            },
            {
              key: 'countries',
              type: 'short_text',
              text: { en: 'Which countries?' },
              help: {},
              required: false,
              options: [],
              scaleLabels: [],
              showIf: null,
            },
          ],
        },
      ],
    },
  };
}

describe('survey editor conditions', () => {
  it('creates and changes a show-if condition (question, operator, value) and saves it', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer' }) },
      [`GET /api/surveys/${SURVEY}`]: { status: 200, body: aSurvey() },
      [`PUT /api/surveys/${SURVEY}`]: (request) => ({ status: 200, body: { ...aSurvey(), ...(request.body as object) } }),
    });
    renderApp(`/surveys/${SURVEY}`);
    await screen.findAllByTestId('condition-editor', {}, { timeout: 5000 });
    const countries = document.querySelector<HTMLElement>('.editor-question[data-question="countries"]')!;
    fireEvent.click(within(countries).getByRole('button', { name: 'Add a condition' }));
    const question = within(countries).getByLabelText('Show only when') as HTMLSelectElement;
    // Only earlier questions with closed answers can drive a condition.
    expect([...question.options].map((o) => o.textContent)).toEqual(['Did you start an initiative?', 'Which modality?']);
    fireEvent.change(question, { target: { value: 'modality' } });
    fireEvent.change(within(countries).getByLabelText('Condition'), { target: { value: 'any_of' } });
    fireEvent.click(within(countries).getByRole('checkbox', { name: 'South-South' }));
    fireEvent.click(within(countries).getByRole('checkbox', { name: 'Triangular' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the survey' }));
    await waitFor(() => expect(server.requestsTo(`PUT /api/surveys/${SURVEY}`)).toHaveLength(1));
    const body = server.requestsTo(`PUT /api/surveys/${SURVEY}`)[0]!.body as { content: SurveyDetail['content'] };
    expect(body.content.sections[0]!.questions[2]!.showIf).toEqual({ question: 'modality', anyOf: ['south_south', 'triangular'] });

    // Changed to "is" one value of the yes/no question.
    fireEvent.change(within(countries).getByLabelText('Show only when'), { target: { value: 'initiative' } });
    fireEvent.change(within(countries).getByLabelText('Condition'), { target: { value: 'is' } });
    fireEvent.change(within(countries).getByLabelText('Value'), { target: { value: 'yes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the survey' }));
    await waitFor(() => expect(server.requestsTo(`PUT /api/surveys/${SURVEY}`)).toHaveLength(2));
    const second = server.requestsTo(`PUT /api/surveys/${SURVEY}`)[1]!.body as { content: SurveyDetail['content'] };
    expect(second.content.sections[0]!.questions[2]!.showIf).toEqual({ question: 'initiative', anyOf: ['yes'] });
  });

  it('refuses, as the API does, a condition whose values are missing or no longer exist', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'fr' }) },
      [`GET /api/surveys/${SURVEY}`]: { status: 200, body: aSurvey() },
      [`PUT /api/surveys/${SURVEY}`]: { status: 200, body: aSurvey() },
    });
    renderApp(`/surveys/${SURVEY}`, { language: 'fr' });
    await screen.findAllByTestId('condition-editor', {}, { timeout: 5000 });
    const countries = document.querySelector<HTMLElement>('.editor-question[data-question="countries"]')!;
    fireEvent.click(within(countries).getByRole('button', { name: 'Ajouter une condition' }));
    fireEvent.change(within(countries).getByLabelText('Afficher seulement si'), { target: { value: 'modality' } });
    fireEvent.change(within(countries).getByLabelText('Condition'), { target: { value: 'any_of' } });
    // No value ticked: nothing is sent, and the reason is shown in French.
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’enquête' }));
    expect(await within(countries).findByText('Choisissez au moins une valeur.')).toBeTruthy();
    expect(server.requestsTo(`PUT /api/surveys/${SURVEY}`)).toHaveLength(0);
    // A value whose option is then removed from the earlier question: refused like the API's contentIssues.
    fireEvent.click(within(countries).getByRole('checkbox', { name: 'Triangular' }));
    const modality = document.querySelector<HTMLElement>('.editor-question[data-question="modality"]')!;
    fireEvent.click(within(modality).getAllByRole('button', { name: 'Retirer' })[1]!);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’enquête' }));
    expect(await within(countries).findByText('Une valeur choisie ne fait plus partie des réponses de cette question.')).toBeTruthy();
    expect(server.requestsTo(`PUT /api/surveys/${SURVEY}`)).toHaveLength(0);
  });

  it('says in the translation status how many texts of a language are machine drafts not reviewed yet', async () => {
    const survey: SurveyDetail = {
      ...aSurvey(),
      editionLanguages: ['en', 'fr'],
      translations: [
        { language: 'en', missing: [] },
        { language: 'fr', missing: [] },
      ],
      machineDrafts: [
        { field: 'title', language: 'fr' },
        { field: 'sections.0.questions.0.text', language: 'fr' },
      ],
    };
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'fr' }) },
      [`GET /api/surveys/${SURVEY}`]: { status: 200, body: survey },
    });
    renderApp(`/surveys/${SURVEY}`, { language: 'fr' });
    const status = await screen.findByTestId('translation-status');
    expect(status.querySelector('[data-language="fr"]')!.textContent).toContain('2 ébauches automatiques non relues');
    expect(status.querySelector('[data-language="en"]')!.textContent).not.toContain('ébauche');
  });
});
