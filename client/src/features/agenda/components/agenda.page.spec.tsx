import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Language } from '@sstc/shared';
import { formatTimeRange } from '../../../lib/format.js';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { anAgenda, EDITION } from '../../../test/programme-fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const text = resources.en.agenda;

function serve(feed = { active: false, createdAt: null, url: null }, language: Language = 'en') {
  return installFakeServer({
    'GET /api/auth/me': { status: 200, body: aUser({ timeZone: 'America/Sao_Paulo', language }) },
    [`GET /api/editions/${EDITION.id}`]: { status: 200, body: EDITION },
    [`GET /api/editions/${EDITION.id}/agenda`]: { status: 200, body: anAgenda() },
    'GET /api/agenda/feed': { status: 200, body: feed },
    'POST /api/agenda/feed': {
      status: 200,
      body: { active: true, createdAt: '2016-06-01T10:00:00.000Z', url: 'http://localhost/api/agenda/feeds/secret-token-1234567890abcdef.ics' },
    },
  });
}

describe('agenda', () => {
  it('groups sessions by the reader’s own days, with the venue’s time beside, and marks a waitlist place', async () => {
    serve();
    renderApp(`/editions/${EDITION.id}/agenda`);
    const agenda = await screen.findByTestId('agenda', {}, { timeout: 5000 });
    // 23:30 UTC on 12 July is still 12 July in São Paulo (and 13 July in Turin).
    expect(
      within(agenda)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Monday, July 11, 2016', 'Tuesday, July 12, 2016']);
    const entries = within(agenda).getAllByTestId('agenda-entry');
    expect(entries[1]!.textContent).toContain(formatTimeRange('2016-07-12T23:30:00.000Z', '2016-07-13T01:00:00.000Z', 'en', 'America/Sao_Paulo'));
    expect(entries[1]!.textContent).toContain(
      `Venue time: ${formatTimeRange('2016-07-12T23:30:00.000Z', '2016-07-13T01:00:00.000Z', 'en', 'Europe/Rome')}`,
    );
    expect(within(entries[1]!).getByText(text.waitlisted)).toBeTruthy();
    expect(screen.getByText('You have no seat yet in block A.')).toBeTruthy();
  });

  it('names the venue and the rooms in the reader’s language, else in the edition’s default language', async () => {
    serve(undefined, 'pt');
    renderApp(`/editions/${EDITION.id}/agenda`, { language: 'pt' });
    const agenda = await screen.findByTestId('agenda', {}, { timeout: 5000 });
    const entries = within(agenda).getAllByTestId('agenda-entry');
    expect(entries[0]!.textContent).toContain('Sala: Sala plenária');
    // No Portuguese name for this room: the English one stands in.
    expect(entries[1]!.textContent).toContain('Sala: Pavilion A2');
    const venue = screen.getByText('Campus do CIF-OIT, Turim');
    expect(venue.closest('div')!.textContent).toContain(resources.pt.courses.edition.venue);
  });

  it('shows the private calendar address once, when it is made', async () => {
    const server = serve();
    renderApp(`/editions/${EDITION.id}/agenda`);
    const links = await screen.findByTestId('calendar-links', {}, { timeout: 5000 });
    expect(within(links).getByRole('link', { name: text.calendar.download }).getAttribute('href')).toBe(`/api/editions/${EDITION.id}/agenda/ics`);
    // The address is a bearer secret, and the page says so.
    expect(within(links).getByTestId('feed-bearer').textContent).toBe(text.calendar.bearer);
    fireEvent.click(within(links).getByRole('button', { name: text.calendar.create }));
    const url = (await within(links).findByTestId('feed-url')) as HTMLInputElement;
    expect(url.value).toBe('http://localhost/api/agenda/feeds/secret-token-1234567890abcdef.ics');
    expect(within(links).getByRole('link', { name: text.calendar.open_in_app }).getAttribute('href')).toBe(
      'webcal://localhost/api/agenda/feeds/secret-token-1234567890abcdef.ics',
    );
    await waitFor(() => expect(within(links).getByRole('button', { name: text.calendar.renew })).toBeTruthy());
    expect(server.requestsTo('POST /api/agenda/feed')).toHaveLength(1);
  });
});
