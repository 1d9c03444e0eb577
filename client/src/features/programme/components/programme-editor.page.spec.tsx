import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { EDITION } from '../../../test/programme-fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const base = `/api/editions/${EDITION.id}`;
const text = resources.en.programme;

function serve(extra = {}) {
  return installFakeServer({
    'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer', timeZone: 'America/Sao_Paulo' }) },
    [`GET ${base}`]: { status: 200, body: EDITION },
    [`GET ${base}/enrolments`]: { status: 200, body: { items: [], total: 0, page: 1, pageSize: 200 } },
    ...extra,
  });
}

describe('programme editor', () => {
  it('shows which translations each item and the edition still lack', async () => {
    serve();
    renderApp(`/editions/${EDITION.id}/programme`);
    const status = await screen.findByTestId('translation-status', {}, { timeout: 5000 });
    // The edition title is complete; every item title lacks Spanish, the panel's description lacks three languages,
    // the venue lacks Spanish and French, and three named rooms lack Spanish.
    expect(within(status).getByText('Español: 9 texts missing')).toBeTruthy();
    expect(within(status).getByText('The venue lacks: Español, Français.')).toBeTruthy();
    const lines = within(status)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toContain(
      'Panel 1 SSTC and the future of work: title lacks Español, Português · description lacks Español, Français, Português · rooms lack Español, Français',
    );
  });

  it('adds an elective with a block, seats and a session typed in the venue time zone, sent in UTC', async () => {
    const server = serve({ [`POST ${base}/programme`]: { status: 201, body: EDITION.programme[0] } });
    renderApp(`/editions/${EDITION.id}/programme`);
    fireEvent.click(await screen.findByRole('button', { name: text.add.elective_module }, { timeout: 5000 }));
    const form = await screen.findByTestId('item-form');
    fireEvent.change(within(within(form).getByRole('group', { name: text.form.title })).getByLabelText(/^In English/), {
      target: { value: 'Social Dialogue' },
    });
    fireEvent.change(within(form).getByLabelText(text.form.block), { target: { value: 'B' } });
    fireEvent.change(within(form).getByLabelText(text.form.capacity), { target: { value: '40' } });
    fireEvent.click(within(form).getByLabelText(resources.en.common.modalities.triangular));
    fireEvent.click(within(form).getByRole('button', { name: text.form.add_session }));
    fireEvent.change(within(form).getByLabelText('Session 1: day'), { target: { value: '2016-07-12' } });
    fireEvent.change(within(form).getByLabelText('Session 1: starts'), { target: { value: '14:00' } });
    fireEvent.change(within(form).getByLabelText('Session 1: ends'), { target: { value: '17:30' } });
    // The room is named in each language, like titles; a language left empty is not sent.
    fireEvent.change(within(form).getByLabelText('Session 1: room in English'), { target: { value: ' Pavilion B ' } });
    fireEvent.change(within(form).getByLabelText('Session 1: room in Français'), { target: { value: 'Pavillon B' } });
    fireEvent.click(within(form).getByRole('button', { name: text.form.save }));

    await waitFor(() => expect(server.requestsTo(`POST ${base}/programme`)).toHaveLength(1));
    expect(server.requestsTo(`POST ${base}/programme`)[0]!.body).toEqual({
      kind: 'elective_module',
      title: { en: 'Social Dialogue' },
      description: {},
      block: 'B',
      capacity: 40,
      modalities: ['triangular'],
      sdgs: [],
      facilitatorIds: [],
      resourcePersons: [],
      // 14:00 in Turin in July is 12:00 UTC.
      sessions: [
        {
          startsAt: '2016-07-12T12:00:00.000Z',
          endsAt: '2016-07-12T15:30:00.000Z',
          room: { en: 'Pavilion B', fr: 'Pavillon B' },
          format: 'expository_presentation',
        },
      ],
    });
  });

  it('checks an elective’s block and seats before sending anything', async () => {
    const server = serve();
    renderApp(`/editions/${EDITION.id}/programme`);
    fireEvent.click(await screen.findByRole('button', { name: text.add.elective_module }, { timeout: 5000 }));
    const form = await screen.findByTestId('item-form');
    fireEvent.change(within(within(form).getByRole('group', { name: text.form.title })).getByLabelText(/^In English/), {
      target: { value: 'No seats' },
    });
    fireEvent.click(within(form).getByRole('button', { name: text.form.save }));
    await waitFor(() => expect(within(form).getAllByText(resources.en.errors.fields.required)).toHaveLength(2));
    expect(server.requestsTo(`POST ${base}/programme`)).toHaveLength(0);
  });

  it('fills an item’s missing languages with machine drafts and marks a draft reviewed, in the item’s editor', async () => {
    const panel = EDITION.programme.find((item) => item.kind === 'panel')!;
    const drafted = {
      ...EDITION,
      programme: EDITION.programme.map((item) =>
        item.id === panel.id ? { ...item, machineDrafts: [{ field: 'description', language: 'fr' }] } : item,
      ),
    };
    const reply = { filled: [], drafts: [] };
    const server = serve({
      [`GET ${base}`]: { status: 200, body: drafted },
      'GET /api/translation': { status: 200, body: { enabled: true, autoTranslate: false, perMinute: 60 } },
      [`POST /api/programme/${panel.id}/machine-drafts`]: { status: 200, body: reply },
      [`POST /api/programme/${panel.id}/machine-drafts/review`]: { status: 200, body: reply },
    });
    renderApp(`/editions/${EDITION.id}/programme`);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Panel 1' }, { timeout: 5000 }));
    const drafts = await screen.findByTestId('machine-drafts');
    const mark = within(drafts).getByTestId('machine-draft');
    expect(mark.textContent).toContain('Français: description — machine draft, not reviewed');
    fireEvent.click(within(drafts).getByRole('button', { name: resources.en.common.machine_drafts.fill }));
    await waitFor(() => expect(server.requestsTo(`POST /api/programme/${panel.id}/machine-drafts`)).toHaveLength(1));
    fireEvent.click(within(mark).getByRole('button', { name: resources.en.common.machine_drafts.review }));
    await waitFor(() => expect(server.requestsTo(`POST /api/programme/${panel.id}/machine-drafts/review`)).toHaveLength(1));
    expect(server.requestsTo(`POST /api/programme/${panel.id}/machine-drafts/review`)[0]!.body).toEqual({ field: 'description', language: 'fr' });
  });
});
