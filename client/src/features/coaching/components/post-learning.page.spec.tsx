import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';
import type { CoachingSlot, FeedbackPage } from '@sstc/shared';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEditionDetail } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const EDITION = anEditionDetail();
const MODULE = EDITION.programme[0]!;

function aSlot(overrides: Partial<CoachingSlot>): CoachingSlot {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    editionId: EDITION.id,
    facilitator: { id: 'f0000000-0000-4000-8000-000000000001', name: 'Aminata Diallo' },
    startsAt: '2030-03-04T13:00:00.000Z',
    timeZone: 'Africa/Dakar',
    durationMinutes: 45,
    meetingLink: 'https://meet.example.org/x',
    place: null,
    language: 'pt',
    programmeItem: null,
    need: 'Financiamento de projetos',
    capacity: 1,
    seatsLeft: 1,
    myBookingId: null,
    recommended: false,
    canManage: false,
    ...overrides,
  };
}

const RECOMMENDED = aSlot({
  id: 'b0000000-0000-4000-8000-000000000002',
  startsAt: '2030-03-09T13:00:00.000Z',
  programmeItem: { id: MODULE.id, title: { en: 'Decent work in fragile states', pt: 'Trabalho digno em Estados frágeis' } },
  need: null,
  recommended: true,
});

describe('the post-learning tab', () => {
  it('shows a participant the recommended sessions first, and says in Portuguese when the last seat went to someone else', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'participant', language: 'pt' }) },
      [`GET /api/editions/${EDITION.id}`]: { status: 200, body: EDITION },
      [`GET /api/editions/${EDITION.id}/feedback`]: errorReply(404, { code: 'not_found' }),
      [`GET /api/editions/${EDITION.id}/coaching/slots`]: { status: 200, body: { items: [RECOMMENDED, aSlot({})], gapItemIds: [MODULE.id] } },
      [`POST /api/coaching/slots/${RECOMMENDED.id}/bookings`]: errorReply(409, { code: 'coaching_slot_full' }),
    });
    renderApp(`/editions/${EDITION.id}/post-learning`, { language: 'pt' });
    await screen.findByRole('heading', { level: 3, name: 'Recomendadas para si' });
    expect(screen.getByText(/ainda não publicaram o retorno/)).toBeTruthy();
    const cards = screen.getAllByTestId('coaching-slot');
    expect(within(cards[0]!).getByRole('heading').textContent).toBe('Trabalho digno em Estados frágeis');
    expect(within(cards[1]!).getByRole('heading').textContent).toBe('Financiamento de projetos');
    // The link to the videoconference comes with the booking.
    expect(within(cards[0]!).queryByRole('link', { name: 'Entrar na videoconferência' })).toBeNull();

    fireEvent.click(within(cards[0]!).getByRole('button', { name: 'Reservar esta sessão' }));
    expect((await within(cards[0]!).findByRole('alert')).textContent).toContain('alguém ficou com a última vaga');
    expect(server.requestsTo(`POST /api/coaching/slots/${RECOMMENDED.id}/bookings`)).toHaveLength(1);
  });

  it('lets an organizer share closed questions only and shows which languages the note still lacks', async () => {
    const page: FeedbackPage = {
      editionId: EDITION.id,
      surveyId: 'c0000000-0000-4000-8000-000000000009',
      questionKeys: ['recommend'],
      note: { en: 'Thank you all.' },
      publishedAt: null,
      surveyClosed: true,
      responses: 12,
      results: [],
      machineDrafts: [],
      choices: [
        { key: 'recommend', text: 'Would you recommend the Academy?', section: 'Overall', shareable: true },
        { key: 'electives_missing', text: 'What was missing?', section: 'Overall', shareable: false },
      ],
    };
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'en' }) },
      [`GET /api/editions/${EDITION.id}`]: { status: 200, body: EDITION },
      [`GET /api/editions/${EDITION.id}/feedback`]: { status: 200, body: page },
      [`GET /api/editions/${EDITION.id}/coaching/slots`]: { status: 200, body: { items: [], gapItemIds: [] } },
    });
    renderApp(`/editions/${EDITION.id}/post-learning`, { language: 'en' });
    const shared = await screen.findByRole('checkbox', { name: /Would you recommend/ });
    expect((shared as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /What was missing/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/Not yet written in: Español, Français,? and Português/)).toBeTruthy();
    expect(screen.getByText('12 participants answered.')).toBeTruthy();
  });

  it('lets the facilitator change a slot in the zone it was set in, keeping its time', async () => {
    const own = aSlot({ timeZone: 'Asia/Kolkata', canManage: true, bookings: [], startsAt: '2030-03-04T08:30:00.000Z' });
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator', language: 'en', timeZone: 'Europe/Rome' }) },
      [`GET /api/editions/${EDITION.id}`]: { status: 200, body: EDITION },
      [`GET /api/editions/${EDITION.id}/feedback`]: errorReply(404, { code: 'not_found' }),
      [`GET /api/editions/${EDITION.id}/coaching/slots`]: { status: 200, body: { items: [own], gapItemIds: [] } },
      [`PUT /api/coaching/slots/${own.id}`]: { status: 200, body: own },
    });
    renderApp(`/editions/${EDITION.id}/post-learning`, { language: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'Change this slot' }));
    const form = screen.getByRole('form', { name: 'Change the slot' });
    // 08:30 UTC is 14:00 in Kolkata, the zone the slot was set in (not the reader's Rome).
    expect((within(form).getByLabelText('Start time') as HTMLInputElement).value).toBe('14:00');
    fireEvent.change(within(form).getByLabelText(/^Place/), { target: { value: 'Room 3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the changes' }));
    await screen.findByRole('button', { name: 'Change this slot', expanded: false });
    const [put] = server.requestsTo(`PUT /api/coaching/slots/${own.id}`);
    expect(put!.body).toMatchObject({ startsAt: '2030-03-04T08:30:00.000Z', timeZone: 'Asia/Kolkata', place: 'Room 3' });
  });
});
