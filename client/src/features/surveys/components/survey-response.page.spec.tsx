import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { formatClosing, type SurveyForm } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { renderApp } from '../../../test/render-app.js';

const TOKEN = 'a'.repeat(43);
const signedOut = { 'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }) };

const form: SurveyForm = {
  language: 'es',
  languages: ['en', 'es', 'fr', 'pt'],
  kind: 'impact_assessment',
  anonymous: false,
  editionTitle: 'Academia 2016',
  closesAt: '2099-01-01T00:00:00.000Z',
  timeZone: 'Europe/Rome',
  estimatedMinutes: 4,
  draft: null,
  machineTranslated: false,
  survey: {
    title: 'Evaluación de impacto',
    intro: '',
    sections: [
      {
        key: 'initiative',
        title: 'Su iniciativa',
        description: '',
        questions: [
          {
            key: 'initiative_linked',
            type: 'yes_no',
            text: '¿Inició una iniciativa?',
            help: '',
            required: true,
            options: [],
            scaleLabels: [],
            showIf: null,
          },
          {
            key: 'initiative_countries',
            type: 'short_text',
            text: '¿Qué países participan?',
            help: '',
            required: true,
            options: [],
            scaleLabels: [],
            showIf: { question: 'initiative_linked', anyOf: ['yes'] },
          },
          {
            key: 'needs_mm1',
            type: 'long_text',
            text: '¿Qué necesitaría de este módulo? (opcional)',
            help: '',
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

describe('answering a survey through a personal link', () => {
  it('shows the form in the recipient language, follows conditions, and shows per-field errors before sending', async () => {
    const server = installFakeServer({
      ...signedOut,
      [`GET /api/survey-links/${TOKEN}`]: { status: 200, body: form },
      [`POST /api/survey-links/${TOKEN}/response`]: { status: 201, body: { submittedOn: '2016-11-20' } },
      [`PUT /api/survey-links/${TOKEN}/draft`]: { status: 204 },
    });
    const { i18n } = renderApp(`/s/${TOKEN}`, { language: 'en' });
    await screen.findByText('Evaluación de impacto');
    await waitFor(() => expect(i18n.language).toBe('es'));
    expect(screen.queryByText('¿Qué países participan?')).toBeNull();
    // As long as the invitation says, and closing in the survey's own time zone, named.
    const header = screen.getByTestId('survey-form').querySelector('header')!.textContent!;
    expect(header).toContain('Le llevará unos 4 minutos.');
    expect(header).toContain(`Abierta hasta el ${formatClosing(form.closesAt, 'es', 'Europe/Rome')}`);
    expect(header).toContain('hora estándar de Europa central');
    // A question that already says it is optional does not say it twice.
    const optional = screen.getByTestId('survey-form').querySelector('[data-question="needs_mm1"] label')!;
    expect(optional.textContent!.match(/\(opcional\)/g)).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: resources.es.surveys.form.submit }));
    expect(await screen.findByText(resources.es.errors.fields.required)).toBeTruthy();
    expect(server.requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.click(screen.getByLabelText(resources.es.surveys.form.yes));
    const countries = await screen.findByLabelText('¿Qué países participan?');
    fireEvent.change(countries, { target: { value: 'Brasil, Mozambique' } });
    fireEvent.click(screen.getByRole('button', { name: resources.es.surveys.form.submit }));
    await screen.findByText(resources.es.surveys.form.thanks_title);
    expect(screen.getByRole('link', { name: 'Ir a la plataforma de la Academia CSST' }).getAttribute('href')).toBe('/');
    const sent = server.requests.find((r) => r.method === 'POST');
    expect(sent?.body).toEqual({ answers: { initiative_linked: 'yes', initiative_countries: 'Brasil, Mozambique' } });
  });

  it('shows a clear page for a closed survey', async () => {
    installFakeServer({ ...signedOut, [`GET /api/survey-links/${TOKEN}`]: errorReply(410, { code: 'survey_closed' }) });
    renderApp(`/s/${TOKEN}`, { language: 'fr' });
    expect(await screen.findByText(resources.fr.surveys.link_problem.survey_closed.title)).toBeTruthy();
  });
});
