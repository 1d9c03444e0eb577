import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { anOverview, EDITION, MODULE_A, MODULE_B } from '../../../test/programme-fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { SEATS_REFRESH_MS } from '../hooks/use-electives.js';

const base = `/api/editions/${EDITION.id}`;
const participantIn = (language: 'en' | 'es' | 'fr' | 'pt') => ({
  'GET /api/auth/me': { status: 200, body: aUser({ language }) },
  [`GET ${base}`]: { status: 200, body: EDITION },
});
const participant = participantIn('en');
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('elective chooser', () => {
  it('shows seats left, takes a seat, and shows the fresh count the server answers', async () => {
    const seated = anOverview();
    seated.blocks[0]!.modules[0] = { ...seated.blocks[0]!.modules[0]!, seated: 2, seatsLeft: 0 };
    seated.blocks[0]!.choice = { itemId: MODULE_A, status: 'seated', waitlistPosition: null, chosenAt: '2016-06-01T10:00:00.000Z' };
    const server = installFakeServer({
      ...participant,
      [`GET ${base}/electives`]: { status: 200, body: anOverview() },
      [`PUT ${base}/electives/choices`]: { status: 200, body: seated },
    });
    renderApp(`/editions/${EDITION.id}/electives`);

    const module = (await screen.findAllByTestId('elective-module', {}, { timeout: 5000 }))[0]!;
    expect(within(module).getByTestId('seats').textContent).toBe('1 seat left of 2');
    expect(screen.getByTestId('elective-window').textContent).toBe('You can choose or change your electives until June 30, 2016 (included).');
    fireEvent.click(within(module).getByRole('button', { name: startsWith(resources.en.electives.actions.choose) }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('You have a seat in Social Dialogue.'));
    expect(server.requestsTo(`PUT ${base}/electives/choices`)[0]!.body).toEqual({ itemId: MODULE_A, waitlist: false });
    const updated = screen.getAllByTestId('elective-module')[0]!;
    expect(within(updated).getByTestId('seats').textContent).toBe('Full. 0 people on the waitlist.');
    expect(within(updated).getByRole('button', { name: startsWith(resources.en.electives.actions.leave) })).toBeTruthy();
  });

  it('names every seat button after its module, so that the buttons of a block are told apart', async () => {
    installFakeServer({ ...participant, [`GET ${base}/electives`]: { status: 200, body: anOverview() } });
    renderApp(`/editions/${EDITION.id}/electives`);
    await screen.findAllByTestId('elective-module', {}, { timeout: 5000 });
    const names = screen
      .getAllByRole('button')
      .map((button) => button.textContent ?? '')
      .filter((name) => name.startsWith(resources.en.electives.actions.choose) || name.startsWith(resources.en.electives.actions.join_waitlist));
    expect(names).toEqual(['Take a seat – Elective module 2: Social Dialogue', 'Join the waitlist – Elective module 3: Labour Migration']);
  });

  it('asks before giving up a seat, saying that it goes to the first person waiting', async () => {
    const overview = anOverview();
    overview.blocks[0]!.modules[0] = { ...overview.blocks[0]!.modules[0]!, seated: 2, seatsLeft: 0, waitlisted: 1 };
    overview.blocks[0]!.choice = { itemId: MODULE_A, status: 'seated', waitlistPosition: null, chosenAt: '2016-06-01T10:00:00.000Z' };
    const server = installFakeServer({
      ...participantIn('fr'),
      [`GET ${base}/electives`]: { status: 200, body: overview },
      [`DELETE ${base}/electives/choices/${MODULE_A}`]: { status: 200, body: anOverview() },
    });
    const text = resources.fr.electives.actions;
    renderApp(`/editions/${EDITION.id}/electives`, { language: 'fr' });
    const module = (await screen.findAllByTestId('elective-module', {}, { timeout: 5000 }))[0]!;
    const leave = new RegExp(`^${text.leave}`);
    fireEvent.click(within(module).getByRole('button', { name: leave }));
    // Nothing is given up yet: the card asks, and says who gets the seat.
    const question = within(module).getByRole('group', { name: text.leave_confirm_title });
    expect(question.textContent).toContain('Votre place ira aussitôt à la première personne de la liste d’attente');
    const leaves = () => server.requestsTo(`DELETE ${base}/electives/choices/${MODULE_A}`);
    expect(leaves()).toHaveLength(0);
    fireEvent.click(within(question).getByRole('button', { name: text.leave_keep }));
    expect(within(module).queryByRole('group')).toBeNull();
    expect(leaves()).toHaveLength(0);

    fireEvent.click(within(module).getByRole('button', { name: leave }));
    fireEvent.click(within(module).getByRole('button', { name: text.leave_confirm }));
    await waitFor(() => expect(leaves()).toHaveLength(1));
  });

  it('keeps seats left fresh while the chooser is open: every 10 seconds, only while the page is in front', async () => {
    installFakeServer({ ...participant, [`GET ${base}/electives`]: { status: 200, body: anOverview() } });
    const { queryClient } = renderApp(`/editions/${EDITION.id}/electives`);
    await screen.findAllByTestId('elective-module', {}, { timeout: 5000 });
    const query = queryClient.getQueryCache().find({ queryKey: ['editions', EDITION.id, 'electives'] })!;
    const options = query.observers[0]!.options;
    expect(options.refetchInterval).toBe(SEATS_REFRESH_MS);
    expect(SEATS_REFRESH_MS).toBe(10_000);
    expect(options.refetchIntervalInBackground).toBe(false);
  });

  it('offers the waitlist of a full module, warning that a seat held in the block is given up', async () => {
    const overview = anOverview();
    overview.blocks[0]!.choice = { itemId: MODULE_A, status: 'seated', waitlistPosition: null, chosenAt: '2016-06-01T10:00:00.000Z' };
    const server = installFakeServer({
      ...participant,
      [`GET ${base}/electives`]: { status: 200, body: overview },
      [`PUT ${base}/electives/choices`]: { status: 200, body: overview },
    });
    renderApp(`/editions/${EDITION.id}/electives`);
    const full = (await screen.findAllByTestId('elective-module', {}, { timeout: 5000 }))[1]!;
    expect(within(full).getByTestId('seats').textContent).toBe('Full. 1 person on the waitlist.');
    expect(within(full).getByText(resources.en.electives.actions.waitlist_warning)).toBeTruthy();
    fireEvent.click(within(full).getByRole('button', { name: startsWith(resources.en.electives.actions.join_waitlist) }));
    await waitFor(() => expect(server.requestsTo(`PUT ${base}/electives/choices`)[0]?.body).toEqual({ itemId: MODULE_B, waitlist: true }));
  });

  it('explains a module that filled up meanwhile and fetches the seats again', async () => {
    const server = installFakeServer({
      ...participantIn('fr'),
      [`GET ${base}/electives`]: { status: 200, body: anOverview() },
      [`PUT ${base}/electives/choices`]: errorReply(409, { code: 'elective_full' }),
    });
    renderApp(`/editions/${EDITION.id}/electives`, { language: 'fr' });
    const module = (await screen.findAllByTestId('elective-module', {}, { timeout: 5000 }))[0]!;
    fireEvent.click(within(module).getByRole('button', { name: startsWith(resources.fr.electives.actions.choose) }));
    expect((await screen.findByRole('alert')).textContent).toBe(resources.fr.errors.elective_full);
    await waitFor(() => expect(server.requestsTo(`GET ${base}/electives`)).toHaveLength(2));
  });

  it('shows choices without buttons once the deadline has passed', async () => {
    installFakeServer({
      ...participantIn('es'),
      [`GET ${base}/electives`]: { status: 200, body: anOverview({ window: { state: 'closed', opensOn: '2016-02-15', deadline: '2016-06-30' } }) },
    });
    renderApp(`/editions/${EDITION.id}/electives`, { language: 'es' });
    expect((await screen.findByTestId('elective-window', {}, { timeout: 5000 })).textContent).toBe(
      'La elección de optativos se cerró el 30 de junio de 2016. Para cambiar, contacte con los organizadores.',
    );
    expect(screen.queryByRole('button', { name: resources.es.electives.actions.choose })).toBeNull();
  });

  it('shows organizers the fill of each module and a CSV export', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'organizer' }) },
      [`GET ${base}`]: { status: 200, body: EDITION },
      [`GET ${base}/electives/fill`]: {
        status: 200,
        body: {
          participants: 5,
          blocks: [
            {
              block: 'A',
              undecided: 2,
              modules: [{ id: MODULE_A, number: 2, title: { en: 'Social Dialogue' }, capacity: 4, seated: 3, waitlisted: 0 }],
            },
          ],
        },
      },
    });
    renderApp(`/editions/${EDITION.id}/electives`);
    const table = await screen.findByTestId('fill-table', {}, { timeout: 5000 });
    expect(within(table).getByText('3 of 4 (75%)')).toBeTruthy();
    expect(screen.getByText('2 participants have not chosen in this block.')).toBeTruthy();
    expect(screen.getByRole('link', { name: resources.en.electives.fill.export }).getAttribute('href')).toBe(`${base}/electives/export`);
  });
});
