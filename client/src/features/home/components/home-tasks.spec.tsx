import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import type { Home } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEdition } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const edition = anEdition();
const UNIT = 'd0000000-0000-4000-8000-000000000001';

const home: Home = {
  role: 'participant',
  tasks: [
    {
      kind: 'answer_survey',
      link: '/surveys',
      at: '2016-07-29T21:59:00.000Z',
      count: null,
      total: null,
      title: null,
      label: 'Evaluación general de la Academia',
      send: null,
      urgent: true,
    },
  ],
  editions: [
    {
      id: edition.id,
      title: { en: 'SSTC Academy 2016', es: 'Academia CSST 2016' },
      defaultLanguage: 'en',
      timeZone: 'Europe/Rome',
      phase: 'pre_learning',
      tasks: [
        {
          kind: 'read_units',
          link: `/learning/units/${UNIT}`,
          at: '2016-07-11',
          count: 3,
          total: 15,
          title: { en: 'Key questions', es: 'Preguntas clave' },
          label: null,
          send: null,
          urgent: false,
        },
        {
          kind: 'choose_electives',
          link: `/editions/${edition.id}/electives`,
          at: '2016-07-04',
          count: 1,
          total: 2,
          title: null,
          label: null,
          send: null,
          urgent: false,
        },
      ],
    },
  ],
};

describe('the home’s next steps', () => {
  it('tells a Spanish participant what needs them, each step a link, the soon ones marked', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'participant', language: 'es', timeZone: 'America/Bogota' }) },
      'GET /api/editions': { status: 200, body: [edition] },
      'GET /api/home': { status: 200, body: home },
    });
    renderApp('/', { language: 'es' });
    const text = resources.es.home;
    const section = await screen.findByRole('region', { name: text.title });
    const read = within(section).getByRole('link', { name: /Preguntas clave/ });
    expect(read.getAttribute('href')).toBe(`/learning/units/${UNIT}`);
    expect(read.textContent).toBe(
      text.tasks.read_units
        .replace('{{title}}', 'Preguntas clave')
        .replace('{{number}}', '3')
        .replace('{{total}}', '15')
        .replace('{{date}}', '11 de julio de 2016'),
    );
    expect(within(section).getByRole('heading', { name: 'Academia CSST 2016' })).toBeTruthy();
    const survey = within(section).getByRole('link', { name: /Evaluación general/ });
    // Closing at 23:59 in Rome is 16:59 in Bogotá, the reader's zone.
    expect(survey.textContent).toContain('16:59');
    expect(survey.closest('li')!.textContent).toContain(text.urgent);
    expect(
      within(section)
        .getByRole('link', { name: /optativos/ })
        .closest('li')!.textContent,
    ).not.toContain(text.urgent);
  });

  it('says so when nothing needs the person', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator', language: 'fr' }) },
      'GET /api/editions': { status: 200, body: [edition] },
      'GET /api/home': { status: 200, body: { role: 'facilitator', tasks: [], editions: [{ ...home.editions[0]!, tasks: [] }] } },
    });
    renderApp('/', { language: 'fr' });
    expect(await screen.findByText(resources.fr.home.nothing)).toBeTruthy();
  });
});
