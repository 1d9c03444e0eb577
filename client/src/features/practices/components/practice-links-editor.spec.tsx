import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import type { Practice } from '@sstc/shared';
import { AppProviders } from '../../../app/providers.js';
import { createI18n } from '../../../lib/i18n.js';
import { createQueryClient } from '../../../lib/query-client.js';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { setSignedInUser } from '../../auth/hooks/use-auth-mutations.js';
import { PracticeLinksEditor } from './practice-links-editor.js';

const PRACTICE = '5a000000-0000-4000-8000-000000000001';
const ITEM = '5a000000-0000-4000-8000-000000000002';
const ROOM_A = '5a000000-0000-4000-8000-000000000003';
const ROOM_B = '5a000000-0000-4000-8000-000000000004';

describe('linking a practice to programme items and rooms', () => {
  it('shows what the caller may link, with what is linked ticked, and saves the choice', async () => {
    const server = installFakeServer({
      [`GET /api/practices/${PRACTICE}/link-options`]: {
        status: 200,
        body: {
          programmeItems: [{ id: ITEM, title: { en: 'Module 1: Introduction' }, edition: 'SSTC-2016', linked: false }],
          rooms: [
            { id: ROOM_A, title: { en: 'Plenary' }, linked: true },
            { id: ROOM_B, title: { en: 'Cohort Green' }, linked: false },
          ],
        },
      },
      [`PUT /api/practices/${PRACTICE}/links`]: { status: 200, body: { id: PRACTICE } },
    });
    const { i18n } = createI18n(i18next, 'en', resources);
    const queryClient = createQueryClient(() => undefined);
    setSignedInUser(queryClient, aUser({ role: 'facilitator' }));
    render(
      <AppProviders i18n={i18n} queryClient={queryClient}>
        <PracticeLinksEditor practice={{ id: PRACTICE } as Practice} />
      </AppProviders>,
    );
    const text = resources.en.practices.linked;
    const details = screen.getByTestId('practice-links-editor') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const plenary = (await screen.findByLabelText('Plenary')) as HTMLInputElement;
    expect(plenary.checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Module 1: Introduction (SSTC-2016)'));
    fireEvent.click(plenary);
    fireEvent.click(screen.getByLabelText('Cohort Green'));
    fireEvent.click(screen.getByRole('button', { name: text.save }));
    expect(await screen.findByText(text.saved)).toBeTruthy();
    await waitFor(() => expect(server.requestsTo(`PUT /api/practices/${PRACTICE}/links`)).toHaveLength(1));
    expect(server.requestsTo(`PUT /api/practices/${PRACTICE}/links`)[0]!.body).toEqual({ programmeItemIds: [ITEM], roomIds: [ROOM_B] });
  });
});
