import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEditionDetail } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const text = resources.fr.courses.form;

describe('edition settings', () => {
  it('shows the venue in each language, and saves a new translation of it', async () => {
    const edition = anEditionDetail();
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', language: 'fr' }) },
      [`GET /api/editions/${edition.id}`]: { status: 200, body: edition },
      [`PATCH /api/editions/${edition.id}`]: (request) => ({ status: 200, body: { ...edition, ...(request.body as object) } }),
    });
    renderApp(`/editions/${edition.id}/settings`, { language: 'fr' });
    const form = await screen.findByTestId('edition-form', {}, { timeout: 5000 });
    const venue = within(form).getByRole('group', { name: text.venue });
    expect((within(venue).getByLabelText(/English/) as HTMLInputElement).value).toBe(edition.venue.en);
    expect((within(venue).getByLabelText(/Português/) as HTMLInputElement).value).toBe(edition.venue.pt);
    const french = within(venue).getByLabelText(/Français/) as HTMLInputElement;
    expect(french.value).toBe('');
    expect(french.getAttribute('lang')).toBe('fr');

    fireEvent.change(french, { target: { value: 'Campus du CIF-OIT, Turin' } });
    fireEvent.click(within(form).getByRole('button', { name: text.save }));
    await waitFor(() => expect(server.requestsTo(`PATCH /api/editions/${edition.id}`)).toHaveLength(1));
    expect((server.requestsTo(`PATCH /api/editions/${edition.id}`)[0]!.body as { venue: unknown }).venue).toEqual({
      ...edition.venue,
      fr: 'Campus du CIF-OIT, Turin',
    });
  });
});
