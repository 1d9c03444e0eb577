import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import { formatTimeRange } from '../../../lib/format.js';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEditionDetail } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const edition = anEditionDetail();

function serve(language: (typeof LANGUAGES)[number], timeZone: string) {
  installFakeServer({
    'GET /api/auth/me': { status: 200, body: aUser({ language, timeZone }) },
    [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
  });
}

describe('edition page', () => {
  it.each(LANGUAGES)('groups the programme into panels, mandatory modules and electives by block, in %s', async (language) => {
    serve(language, 'America/Sao_Paulo');
    const text = resources[language].courses.programme;
    renderApp(`/editions/${edition.id}`);

    const programme = await screen.findByTestId('programme');
    const headings = within(programme)
      .getAllByRole('heading')
      .map((heading) => `${heading.tagName}:${heading.textContent}`);
    expect(headings).toEqual([
      `H2:${text.title}`,
      `H3:${text.panels}`,
      `H4:${language === 'fr' ? 'La CSST et l’avenir du travail' : 'SSTC and the future of work'}`,
      `H3:${text.mandatory_modules}`,
      'H4:Foundations of SSTC',
      `H3:${text.elective_modules}`,
      `H4:${text.block.replace('{{block}}', 'A')}`,
      'H5:City-to-city cooperation',
      `H4:${text.block.replace('{{block}}', 'B')}`,
      `H5:${language === 'fr' ? 'Le travail décent dans les États fragiles' : 'Decent work in fragile states'}`,
    ]);
  });

  it.each(LANGUAGES)('offers a participant the pre-learning beside the other pages of the edition, in %s', async (language) => {
    serve(language, 'Europe/Rome');
    const nav = resources[language].courses.nav;
    renderApp(`/editions/${edition.id}`);
    const links = within(await screen.findByRole('navigation', { name: nav.label })).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [nav.overview, `/editions/${edition.id}`],
      [nav.learning, `/editions/${edition.id}/learning`],
      [nav.electives, `/editions/${edition.id}/electives`],
      [nav.agenda, `/editions/${edition.id}/agenda`],
      [nav['post-learning'], `/editions/${edition.id}/post-learning`],
    ]);
  });

  it('tells organizers what the phase means for them, not what participants should do', async () => {
    const preLearning = { ...edition, phase: 'pre_learning' as const };
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'pt' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: preLearning },
    });
    renderApp(`/editions/${edition.id}`);
    const steps = await screen.findByRole('region', { name: resources.pt.courses.overview.title });
    expect(steps.textContent).toContain(resources.pt.courses.overview.staff_intro.pre_learning);
    expect(steps.textContent).not.toContain(resources.pt.courses.overview.phase_intro.pre_learning);
    expect(within(steps).queryByRole('link', { name: resources.pt.courses.overview.agenda_link })).toBeNull();
  });

  it('shows session times in the reader’s time zone with the venue’s beside', async () => {
    serve('en', 'America/Sao_Paulo');
    renderApp(`/editions/${edition.id}`);
    const programme = await screen.findByTestId('programme');

    const local = formatTimeRange('2016-07-11T07:00:00.000Z', '2016-07-11T08:30:00.000Z', 'en', 'America/Sao_Paulo');
    const venue = formatTimeRange('2016-07-11T07:00:00.000Z', '2016-07-11T08:30:00.000Z', 'en', 'Europe/Rome');
    expect(local).toContain('4:00');
    expect(venue).toContain('9:00');
    const time = [...programme.querySelectorAll('time')].find((element) => element.textContent === local);
    expect(time?.getAttribute('datetime')).toBe('2016-07-11T07:00:00.000Z');
    const session = time!.closest('li')!;
    expect(session.textContent).toContain(resources.en.courses.programme.venue_time.replace('{{time}}', venue));
    expect(session.textContent).toContain(`Format: ${resources.en.common.session_formats.fishbowl}`);
    expect(session.textContent).toContain('Room: Plenary hall');
  });

  it('shows one time only when the reader is in the venue’s time zone', async () => {
    serve('en', 'Europe/Rome');
    renderApp(`/editions/${edition.id}`);
    const programme = await screen.findByTestId('programme');
    expect(within(programme).queryByText(/Venue time/)).toBeNull();
  });

  it('notes a machine translation nobody reviewed under the item whose shown text it is', async () => {
    const panel = edition.programme.find((item) => item.kind === 'panel')!;
    const drafted = {
      ...edition,
      programme: edition.programme.map((item) =>
        item.id === panel.id ? { ...item, machineDrafts: [{ field: 'title', language: 'fr' as const }] } : item,
      ),
    };
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'fr', timeZone: 'Europe/Rome' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: drafted },
    });
    renderApp(`/editions/${edition.id}`);
    const notes = await screen.findAllByTestId('machine-translation', {}, { timeout: 5000 });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toBe(resources.fr.common.machine_drafts.note);
    expect(notes[0]!.closest('article')!.textContent).toContain('La CSST et l’avenir du travail');
  });

  it('shows a missing edition as not found, translated', async () => {
    installFakeServer({ 'GET /api/auth/me': { status: 200, body: aUser({ language: 'fr' }) } });
    renderApp('/editions/0b7f1f0e-2c55-4a8f-9d0e-8f7a3c2b1d99');
    expect((await screen.findByRole('alert')).textContent).toBe(resources.fr.errors.not_found);
  });
});
