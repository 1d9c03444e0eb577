import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import { formatDateRange } from '../../../lib/format.js';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEdition, EDITION_TITLES } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { UNIT_IDS, aUnit } from '../../learning/test/learning-fixtures.js';

describe('home page', () => {
  it.each(LANGUAGES)('lists the visible editions with their phase, in %s', async (language) => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language }) },
      'GET /api/editions': { status: 200, body: [anEdition({ phase: 'pre_learning' })] },
    });
    const text = resources[language];
    // The page starts in English; the profile's language takes over once the user is known.
    renderApp('/', { language: 'en' });

    const card = await screen.findByTestId('edition-card');
    expect(screen.getByRole('heading', { level: 1, name: text.courses.home.title.participant })).toBeTruthy();
    expect(within(card).getByRole('link', { name: EDITION_TITLES[language] }).getAttribute('href')).toBe(`/editions/${anEdition().id}`);
    expect(within(card).getByTestId('edition-phase').textContent).toBe(text.common.phases.pre_learning);
    expect(card.textContent).toContain(formatDateRange('2016-07-11', '2016-07-15', language));
    expect(screen.getByTestId('current-user').textContent).toBe('João Silva');
    expect(screen.getByRole('button', { name: text.common.account.sign_out })).toBeTruthy();
    expect(document.documentElement.lang).toBe(language);
  });

  it('falls back to the edition default language for a title without a translation', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'pt' }) },
      'GET /api/editions': { status: 200, body: [anEdition({ title: { en: 'Only in English' } })] },
    });
    renderApp('/');
    const card = await screen.findByTestId('edition-card');
    // Marked as English, so a screen reader reading Portuguese switches voice.
    expect(within(card).getByRole('link', { name: 'Only in English' }).closest('h2')?.getAttribute('lang')).toBe('en');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('Only in English');
  });

  it('names each role its own starting point and offers organizers the people page', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'es' }) },
      'GET /api/editions': { status: 200, body: [] },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: resources.es.courses.home.title.organizer })).toBeTruthy();
    expect(await screen.findByText(resources.es.courses.home.empty)).toBeTruthy();
    expect(screen.getByRole('link', { name: resources.es.common.nav.users })).toBeTruthy();
  });

  it('takes a participant from the course card straight to the next unit, from the home’s answer without asking for the package', async () => {
    const edition = anEdition({ phase: 'pre_learning' });
    const readUnits = {
      kind: 'read_units' as const,
      link: `/learning/units/${UNIT_IDS[1]}`,
      at: '2016-07-11',
      count: 1,
      total: 2,
      title: { en: 'Unit 2', fr: 'Unité 2' },
      label: null,
      send: null,
      urgent: false,
    };
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'fr' }) },
      'GET /api/editions': { status: 200, body: [edition] },
      'GET /api/home': {
        status: 200,
        body: {
          role: 'participant',
          tasks: [],
          editions: [
            { id: edition.id, title: edition.title, defaultLanguage: 'en', timeZone: 'Europe/Rome', phase: 'pre_learning', tasks: [readUnits] },
          ],
        },
      },
      [`GET /api/learning/units/${UNIT_IDS[1]}`]: { status: 200, body: aUnit({ id: UNIT_IDS[1] }) },
    });
    renderApp('/');
    const card = await screen.findByTestId('edition-card');
    const next = await within(card).findByRole('link', { name: 'Continuer avec « Unité 2 »' });
    expect(next.getAttribute('href')).toBe(`/learning/units/${UNIT_IDS[1]}`);
    expect(within(card).getByRole('progressbar').getAttribute('value')).toBe('50');
    expect(within(card).getByText(resources.fr.learning.package.progress.replace('{{completed}}', '1').replace('{{total}}', '2'))).toBeTruthy();
    expect(server.requests.filter((request) => request.path.endsWith('/learning'))).toEqual([]);

    // The unit's text is asked for on the click, beside the reader's code rather than after it.
    fireEvent.click(next);
    expect(server.requests.some((request) => request.path === `/api/learning/units/${UNIT_IDS[1]}`)).toBe(true);
    expect(await screen.findByText('SDG 8')).toBeTruthy();
  });

  it('asks for no package on a card of an edition past its pre-learning, nor for staff', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator' }) },
      'GET /api/editions': { status: 200, body: [anEdition({ phase: 'pre_learning' }), anEdition({ id: UNIT_IDS[0], phase: 'post_learning' })] },
    });
    renderApp('/');
    expect(await screen.findAllByTestId('edition-card')).toHaveLength(2);
    expect(server.requests.filter((request) => request.path.endsWith('/learning'))).toEqual([]);
    expect(screen.queryByTestId('continue-reading')).toBeNull();
  });

  it('sends a visitor to sign in', async () => {
    installFakeServer({ 'GET /api/auth/me': { status: 401, body: { code: 'unauthenticated', message: '', requestId: 'r' } } });
    renderApp('/');
    expect(await screen.findByTestId('sign-in-form')).toBeTruthy();
  });
});
