import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEditionDetail } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { EDITION_ID, aPackage, aUnit } from '../test/learning-fixtures.js';

const edition = { ...anEditionDetail(), id: EDITION_ID };
const panelId = 'a0000000-0000-4000-8000-000000000001';

function serve(extra: Record<string, unknown> = {}) {
  return installFakeServer({
    'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator' }) },
    [`GET /api/editions/${EDITION_ID}`]: { status: 200, body: edition },
    [`GET /api/editions/${EDITION_ID}/learning`]: { status: 200, body: aPackage({ canCreate: true, editableItemIds: [panelId], progress: null }) },
    'POST /api/learning/preview': (request) => ({
      status: 200,
      body: { html: `<p>${(request.body as { markdown: string }).markdown.length} chars, rendered</p>` },
    }),
    ...(extra as object),
  });
}

describe('unit editor', () => {
  it('shows which languages are missing as the facilitator writes, previews, and saves on their module', async () => {
    const server = serve({ [`POST /api/editions/${EDITION_ID}/learning/units`]: { status: 201, body: aUnit() } });
    renderApp(`/editions/${EDITION_ID}/learning/new`);
    const status = await screen.findByTestId('missing-languages');
    expect(status.textContent).toBe('Missing: English, Español, Français, and Português');
    // Only the module they facilitate is offered; general units are for organizers.
    const item = screen.getByLabelText('Programme item') as HTMLSelectElement;
    expect([...item.options].map((o) => o.value)).toEqual([panelId]);

    fireEvent.change(screen.getByLabelText('Title (English)'), { target: { value: 'Decent work' } });
    fireEvent.change(screen.getByLabelText(/^Text \(English\)/), { target: { value: 'About **SDG 8**' } });
    expect(status.textContent).toBe('Missing: Español, Français, and Português');
    fireEvent.click(screen.getByRole('radio', { name: /^Español/ }));
    expect((screen.getByLabelText('Title (Español)') as HTMLInputElement).value).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByTestId('unit-preview')).textContent).toBe('0 chars, rendered');
    fireEvent.click(screen.getByRole('radio', { name: /^English/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await waitFor(() => expect(screen.getByTestId('unit-preview').textContent).toBe('15 chars, rendered'));

    fireEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    fireEvent.change(screen.getByLabelText('Question 1'), { target: { value: 'Why?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the unit' }));
    await waitFor(() => expect(server.requestsTo(`POST /api/editions/${EDITION_ID}/learning/units`)).toHaveLength(1));
    expect(server.requestsTo(`POST /api/editions/${EDITION_ID}/learning/units`)[0]!.body).toEqual({
      title: { en: 'Decent work' },
      body: { en: 'About **SDG 8**' },
      keyQuestions: [{ en: 'Why?' }],
      resources: [],
      programmeItemId: panelId,
      estimatedMinutes: null,
    });
  });

  it('opens in the editor’s language and asks for no unit that does not exist, also after saving', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator', language: 'fr' }) },
      [`GET /api/editions/${EDITION_ID}`]: { status: 200, body: edition },
      [`GET /api/editions/${EDITION_ID}/learning`]: { status: 200, body: aPackage({ canCreate: true, editableItemIds: [panelId], progress: null }) },
      [`POST /api/editions/${EDITION_ID}/learning/units`]: { status: 201, body: aUnit() },
      [`GET /api/learning/units/${aUnit().id}`]: { status: 200, body: aUnit() },
    });
    renderApp(`/editions/${EDITION_ID}/learning/new`, { language: 'fr' });
    expect(((await screen.findByRole('radio', { name: /^Français/ })) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('Titre (Français)'), { target: { value: 'Travail décent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’unité' }));
    await waitFor(() => expect(server.requestsTo(`POST /api/editions/${EDITION_ID}/learning/units`)).toHaveLength(1));
    expect(server.requestsTo(`POST /api/editions/${EDITION_ID}/learning/units`)[0]!.body).toMatchObject({ title: { fr: 'Travail décent' } });
    await waitFor(() => expect(server.requests.filter((r) => r.path.startsWith('/api/learning/units/')).length).toBeGreaterThan(0));
    expect(server.requests.filter((r) => r.path === '/api/learning/units/')).toEqual([]);
  });

  it('shows the server’s per-field problem on a resource address', async () => {
    serve({
      [`POST /api/editions/${EDITION_ID}/learning/units`]: {
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'x',
          requestId: 'r',
          details: [{ path: 'resources.0.url', code: 'invalid_format', message: 'x' }],
        },
      },
    });
    renderApp(`/editions/${EDITION_ID}/learning/new`);
    fireEvent.change(await screen.findByLabelText('Title (English)'), { target: { value: 'T' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a resource' }));
    fireEvent.change(screen.getByLabelText('Address (https://…)'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the unit' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Some fields need your attention.');
    expect(screen.getByText('This value is not in the expected format.')).toBeTruthy();
  });
});
