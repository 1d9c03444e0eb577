import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AutomaticSend } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEditionDetail } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const edition = anEditionDetail();
const SURVEY = 'b0000000-0000-4000-8000-000000000001';
const DISTRIBUTION = 'b0000000-0000-4000-8000-000000000002';

const sends: AutomaticSend[] = [
  {
    kind: 'learning_reminder',
    status: 'sent',
    at: '2016-07-04T07:00:00.000Z',
    recipients: 12,
    surveyId: null,
    surveyKind: null,
    distributionId: null,
    day: 7,
    followsEdition: true,
  },
  {
    kind: 'survey_invitation',
    status: 'planned',
    at: '2016-11-15T09:00:00.000Z',
    recipients: 27,
    surveyId: SURVEY,
    surveyKind: 'impact_assessment',
    distributionId: DISTRIBUTION,
    day: null,
    followsEdition: false,
  },
];

describe('the timeline of automatic sends', () => {
  it('lists each send with its count, both time zones, the hand-edited flag and a link to its distribution, in French', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'fr', timeZone: 'America/Sao_Paulo' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
      [`GET /api/editions/${edition.id}/automatic-sends`]: { status: 200, body: sends },
    });
    renderApp(`/editions/${edition.id}/sends`);
    const text = resources.fr.courses.sends;
    const rows = await screen.findAllByTestId('automatic-send');
    expect(rows.map((row) => row.getAttribute('data-kind'))).toEqual(['learning_reminder', 'survey_invitation']);

    expect(rows[0]!.textContent).toContain(text.kind.learning_reminder_other.replace('{{count}}', '7'));
    expect(rows[0]!.textContent).toContain(text.status.sent);
    expect(rows[0]!.textContent).toContain(text.recipients_other.replace('{{formatted}}', '12'));

    const impact = rows[1]!;
    expect(impact.textContent).toContain(text.kind.survey_invitation.replace('{{survey}}', resources.fr.surveys.kinds.impact_assessment));
    expect(impact.textContent).toContain(text.not_following);
    // Edition time (Rome) and the viewer's own (São Paulo).
    expect(impact.querySelector('time')!.textContent).toContain('10:00');
    expect(impact.textContent).toContain(text.your_time.replace('{{time}}', ''));
    expect(impact.textContent).toContain('07:00'); // São Paulo kept summer time in November 2016
    expect(within(impact).getByRole('link').getAttribute('href')).toBe(`/surveys/${SURVEY}#distribution-${DISTRIBUTION}`);
  });

  it('offers “follow again” on a hand-edited distribution’s first row, and shows the moved dates once it follows', async () => {
    const reminder: AutomaticSend = { ...sends[1]!, kind: 'survey_reminder', at: '2016-11-22T09:00:00.000Z', day: 7 };
    let following = false;
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'pt', timeZone: 'Europe/Rome' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
      [`GET /api/editions/${edition.id}/automatic-sends`]: () => ({
        status: 200,
        body: following
          ? [sends[0], { ...sends[1], at: '2016-11-16T09:00:00.000Z', followsEdition: true }, { ...reminder, followsEdition: true }]
          : [sends[0], sends[1], reminder],
      }),
      [`POST /api/distributions/${DISTRIBUTION}/follow-edition`]: () => {
        following = true;
        return { status: 200, body: {} };
      },
    });
    renderApp(`/editions/${edition.id}/sends`, { language: 'pt' });
    const label = resources.pt.surveys.distribution.follow_again;
    const rows = await screen.findAllByTestId('automatic-send');
    // One button per distribution (on its first send), none on sends that follow the edition.
    expect(within(rows[0]!).queryByRole('button')).toBeNull();
    expect(within(rows[2]!).queryByRole('button')).toBeNull();
    fireEvent.click(within(rows[1]!).getByRole('button', { name: label }));

    await waitFor(() => expect(screen.queryByRole('button', { name: label })).toBeNull());
    expect(server.requestsTo(`POST /api/distributions/${DISTRIBUTION}/follow-edition`)).toHaveLength(1);
    expect(screen.queryByText(resources.pt.courses.sends.not_following)).toBeNull();
    expect(screen.getAllByTestId('automatic-send')[1]!.querySelector('time')!.getAttribute('datetime')).toBe('2016-11-16T09:00:00.000Z');
  });

  it('says why, in the reader’s language, when the distribution can no longer follow (it started meanwhile)', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'en' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
      [`GET /api/editions/${edition.id}/automatic-sends`]: { status: 200, body: sends },
      [`POST /api/distributions/${DISTRIBUTION}/follow-edition`]: errorReply(409, { code: 'distribution_locked' }),
    });
    renderApp(`/editions/${edition.id}/sends`);
    const row = (await screen.findAllByTestId('automatic-send'))[1]!;
    fireEvent.click(within(row).getByRole('button', { name: resources.en.surveys.distribution.follow_again }));
    const alert = await within(row).findByRole('alert');
    expect(alert.textContent).toBeTruthy();
    expect(alert.textContent).not.toContain('server says');
  });
});
