import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { SurveyResults } from '@sstc/shared';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const SURVEY = 'a1b2c3d4-0000-4000-8000-000000000001';
const EDITION = 'a1b2c3d4-0000-4000-8000-000000000002';

function results(overrides: Partial<SurveyResults>): SurveyResults {
  return {
    surveyId: SURVEY,
    anonymous: false,
    invited: 4,
    responses: 2,
    timeline: [
      { day: '2016-11-01', responses: 1, cumulative: 1 },
      { day: '2016-11-04', responses: 1, cumulative: 2 },
    ],
    dimension: 'country',
    groups: [
      { value: 'BR', label: 'BR', invited: 2, responses: 1 },
      { value: 'SN', label: 'SN', invited: 2, responses: 1 },
    ],
    dimensions: ['language', 'country', 'ilo_region', 'constituency_group'],
    questions: [],
    minGroupSize: null,
    suppressed: false,
    publishedAt: null,
    ...overrides,
  };
}

function serve(body: SurveyResults) {
  return installFakeServer({
    'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'pt' }) },
    [`GET /api/surveys/${SURVEY}/results`]: { status: 200, body },
    [`GET /api/surveys/${SURVEY}`]: {
      status: 200,
      body: {
        id: SURVEY,
        editionId: EDITION,
        kind: 'general_assessment',
        title: { en: 'General assessment', pt: 'Avaliação geral da Academia' },
        distributions: [],
      },
    },
    [`GET /api/editions/${EDITION}/surveys`]: { status: 200, body: [] },
  });
}

describe('survey results', () => {
  it('names the survey, and breaks down by country in the reader’s language, against the right scale', async () => {
    serve(results({}));
    renderApp(`/surveys/${SURVEY}/results`, { language: 'pt' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Resultados: Avaliação geral da Academia');
    const breakdown = screen.getByRole('table', { name: 'Desagregação' });
    const rows = within(breakdown).getAllByRole('row');
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(['Brasil (2 convidados)', 'Senegal (2 convidados)']);
    // One response of two: half the track, not the whole width.
    expect((rows[0]!.querySelector('.bar') as HTMLElement).style.width).toBe('50%');
    expect(within(screen.getByLabelText('Mostrar só')).getByRole('option', { name: 'Brasil' })).toBeTruthy();
  });

  it('translates regions and constituency groups', async () => {
    serve(
      results({
        dimension: 'constituency_group',
        groups: [{ value: 'employers_organization', label: 'employers_organization', invited: 4, responses: 2 }],
      }),
    );
    renderApp(`/surveys/${SURVEY}/results`, { language: 'pt' });
    const breakdown = await screen.findByRole('table', { name: 'Desagregação' });
    expect(breakdown.textContent).not.toContain('employers_organization');
    expect(breakdown.textContent).toContain('Organização de empregadores');
  });

  it('draws the timeline with axes, dates, a label, and days without responses', async () => {
    serve(results({}));
    renderApp(`/surveys/${SURVEY}/results`, { language: 'pt' });
    const figure = await screen.findByTestId('response-timeline');
    expect(figure.querySelector('figcaption')!.textContent).toBe('Respostas ao longo do tempo: 2 de 4');
    const svg = figure.querySelector('svg')!;
    expect(svg.querySelectorAll('.axis').length).toBe(2);
    const short = (day: string) =>
      new Intl.DateTimeFormat('pt', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    const ticks = [...svg.querySelectorAll('.axis-label')].map((label) => label.textContent);
    expect(ticks).toEqual(expect.arrayContaining([short('2016-11-01'), short('2016-11-04'), '0', '4']));
    // Every day from the first to the last, the quiet ones too, as a table for screen readers.
    const days = within(figure).getAllByRole('row').slice(1);
    expect(days.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [short('2016-11-01'), '1', '1'],
      [short('2016-11-02'), '0', '1'],
      [short('2016-11-03'), '0', '1'],
      [short('2016-11-04'), '1', '2'],
    ]);
    expect(svg.querySelectorAll('.timeline-point').length).toBe(4);
  });

  it('compares the means before and after as paired bars on the question’s scale, numbers as text', async () => {
    const OTHER = 'a1b2c3d4-0000-4000-8000-000000000003';
    const question = (mean: number) => ({
      key: 'sstc_knowledge',
      type: 'likert' as const,
      text: 'Conhecimento da CSST',
      section: '',
      answered: 2,
      options: [],
      scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: '', count: 0 })),
      mean,
      texts: [],
    });
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'pt' }) },
      [`GET /api/surveys/${SURVEY}/results`]: { status: 200, body: results({}) },
      [`GET /api/surveys/${SURVEY}`]: { status: 200, body: { id: SURVEY, editionId: EDITION, title: { pt: 'Impacto' }, distributions: [] } },
      [`GET /api/editions/${EDITION}/surveys`]: { status: 200, body: [{ id: OTHER, title: { pt: 'Pré-avaliação' } }] },
      [`GET /api/surveys/${SURVEY}/comparison`]: {
        status: 200,
        body: {
          before: { surveyId: OTHER, title: 'Pré-avaliação', responses: 2 },
          after: { surveyId: SURVEY, title: 'Impacto', responses: 2 },
          questions: [{ key: 'sstc_knowledge', text: 'Conhecimento da CSST', before: question(2), after: question(4) }],
        },
      },
    });
    renderApp(`/surveys/${SURVEY}/results`, { language: 'pt' });
    fireEvent.change(await screen.findByLabelText('Comparar com'), { target: { value: OTHER } });
    const table = await screen.findByTestId('comparison');
    const bars = [...table.querySelectorAll<HTMLElement>('.paired')];
    expect(
      bars.map((bar) => [
        bar.querySelector('.paired-label')!.textContent,
        (bar.querySelector('.bar') as HTMLElement).style.width,
        bar.querySelector('.bar-value')!.textContent,
      ]),
    ).toEqual([
      ['Pré-avaliação', '40%', '2'],
      ['Impacto', '80%', '4'],
    ]);
  });
});
