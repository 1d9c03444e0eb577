import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser, anEdition, anEditionDetail } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const text = resources.en.courses.form;
const course = { id: 'c0000000-0000-4000-8000-000000000001', code: 'SSTC-ACADEMY', title: { en: 'SSTC Academy' }, description: {}, editionCount: 1 };

function fill(form: HTMLElement, start: string, end: string) {
  fireEvent.change(within(form).getByLabelText(text.code), { target: { value: 'SSTC-2027' } });
  fireEvent.change(within(within(form).getByRole('group', { name: text.title })).getByLabelText(/^In English/), {
    target: { value: 'Academy 2027' },
  });
  const venue = within(form).getByRole('group', { name: text.venue });
  fireEvent.change(within(venue).getByLabelText(/^In English/), { target: { value: 'Turin' } });
  fireEvent.change(within(venue).getByLabelText(/^In Português/), { target: { value: 'Turim' } });
  fireEvent.change(within(form).getByLabelText(text.face_to_face_start), { target: { value: start } });
  fireEvent.change(within(form).getByLabelText(text.face_to_face_end), { target: { value: end } });
}

describe('new edition', () => {
  const serve = (extra = {}) =>
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer' }) },
      'GET /api/courses': { status: 200, body: [course] },
      'GET /api/editions': { status: 200, body: [] },
      ...extra,
    });

  it('shows the default dates and refuses a week that ends before it starts, without a request', async () => {
    const server = serve();
    renderApp('/editions/new');
    const form = await screen.findByTestId('edition-form', {}, { timeout: 5000 });
    fill(form, '2027-07-12', '2027-07-10');
    // Pre-learning opens 20 days before the week unless the organizer says otherwise.
    expect(within(form).getByText('Default: June 22, 2027')).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: text.create }));
    expect(await within(form).findByText(resources.en.errors.fields.end_before_start)).toBeTruthy();
    expect(server.requestsTo('POST /api/editions')).toHaveLength(0);
  });

  it('asks for the venue in the default language before sending anything', async () => {
    const server = serve();
    renderApp('/editions/new');
    const form = await screen.findByTestId('edition-form', {}, { timeout: 5000 });
    fill(form, '2027-07-12', '2027-07-16');
    fireEvent.change(within(within(form).getByRole('group', { name: text.venue })).getByLabelText(/^In English/), { target: { value: ' ' } });
    fireEvent.click(within(form).getByRole('button', { name: text.create }));
    expect(await within(form).findByText(resources.en.errors.fields.default_translation_required)).toBeTruthy();
    expect(server.requestsTo('POST /api/editions')).toHaveLength(0);
  });

  it('creates the edition in the chosen course and opens its programme', async () => {
    const created = anEditionDetail();
    const server = serve({
      'POST /api/editions': { status: 201, body: created },
      [`GET /api/editions/${created.id}`]: { status: 200, body: created },
      [`GET /api/editions/${created.id}/enrolments`]: { status: 200, body: { items: [], total: 0, page: 1, pageSize: 200 } },
    });
    renderApp('/editions/new');
    const form = await screen.findByTestId('edition-form', {}, { timeout: 5000 });
    await waitFor(() => expect((within(form).getByLabelText(text.course) as HTMLSelectElement).value).toBe(course.id));
    fill(form, '2027-07-12', '2027-07-16');
    fireEvent.click(within(form).getByRole('button', { name: text.create }));
    expect(await screen.findByTestId('translation-status', {}, { timeout: 5000 })).toBeTruthy();
    expect(server.requestsTo('POST /api/editions')[0]!.body).toMatchObject({
      courseId: course.id,
      code: 'SSTC-2027',
      title: { en: 'Academy 2027' },
      venue: { en: 'Turin', pt: 'Turim' },
      faceToFaceStart: '2027-07-12',
      faceToFaceEnd: '2027-07-16',
      languages: ['en', 'es', 'fr', 'pt'],
      postLearningCloses: null,
    });
    expect(server.requestsTo('POST /api/editions')[0]!.body).not.toHaveProperty('impactAssessmentOn');
  });

  it('fills the venue from the edition it copies, in each language, keeping what the organizer typed', async () => {
    const source = anEdition();
    const server = serve({ 'GET /api/editions': { status: 200, body: [source] } });
    renderApp('/editions/new');
    const form = await screen.findByTestId('edition-form', {}, { timeout: 5000 });
    const venue = within(form).getByRole('group', { name: text.venue });
    fireEvent.change(within(venue).getByLabelText(/^In Français/), { target: { value: 'Turin, au bord du Pô' } });
    await waitFor(() => expect(within(form).getByRole('option', { name: new RegExp(source.code) })).toBeTruthy());
    fireEvent.change(within(form).getByLabelText(new RegExp(`^${text.copy_from}`)), { target: { value: source.id } });
    expect((within(venue).getByLabelText(/^In English/) as HTMLInputElement).value).toBe(source.venue.en);
    expect((within(venue).getByLabelText(/^In Português/) as HTMLInputElement).value).toBe(source.venue.pt);
    expect((within(venue).getByLabelText(/^In Français/) as HTMLInputElement).value).toBe('Turin, au bord du Pô');
    expect((within(venue).getByLabelText(/^In Español/) as HTMLInputElement).value).toBe('');
    expect(server.requestsTo('POST /api/editions')).toHaveLength(0);
  });
});
