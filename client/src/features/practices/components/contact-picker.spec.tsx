import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { PracticePerson } from '@sstc/shared';
import { AppProviders } from '../../../app/providers.js';
import { createI18n } from '../../../lib/i18n.js';
import { createQueryClient } from '../../../lib/query-client.js';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { setSignedInUser } from '../../auth/hooks/use-auth-mutations.js';
import { ContactPicker } from './contact-picker.js';
import { WriteToContact } from './write-to-contact.js';

const PRACTICE = '6a000000-0000-4000-8000-000000000001';
const ROOM = '6a000000-0000-4000-8000-000000000009';
const ANA: PracticePerson = { id: '6a000000-0000-4000-8000-000000000002', name: 'Ana Souza', organisation: 'SEBRAE', country: 'BR' };
const KWAME: PracticePerson = { id: '6a000000-0000-4000-8000-000000000003', name: 'Kwame Mensah', organisation: null, country: 'GH' };
const text = resources.en.practices.contacts;

function renderWith(node: React.ReactNode) {
  const { i18n } = createI18n(i18next, 'en', resources);
  const queryClient = createQueryClient(() => undefined);
  setSignedInUser(queryClient, aUser());
  render(
    <AppProviders i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={['/practice']}>
        <Routes>
          <Route path="/practice" element={node} />
          <Route path="/discussions/rooms/:roomId" element={<p>room page</p>} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

function Picker() {
  const [people, setPeople] = useState<PracticePerson[]>([KWAME]);
  return (
    <>
      <ContactPicker value={people} onChange={setPeople} />
      <output data-testid="chosen">{people.map((p) => p.name).join(', ')}</output>
    </>
  );
}

describe('a practice’s contact people', () => {
  it('finds people by name, adds and removes them', async () => {
    const server = installFakeServer({ 'GET /api/practices/people': { status: 200, body: [ANA, KWAME] } });
    renderWith(<Picker />);
    fireEvent.change(screen.getByLabelText(text.search), { target: { value: 'a' } });
    fireEvent.change(screen.getByLabelText(text.search), { target: { value: 'an' } });
    // Kwame is already chosen: only Ana is offered.
    fireEvent.click(await screen.findByRole('button', { name: 'Add Ana Souza' }));
    expect(screen.queryByRole('button', { name: 'Add Kwame Mensah' })).toBeNull();
    expect(screen.getByTestId('chosen').textContent).toBe('Kwame Mensah, Ana Souza');
    expect(server.requestsTo('GET /api/practices/people').map((r) => r.query.get('q'))).toEqual(['an']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Kwame Mensah' }));
    expect(screen.getByTestId('chosen').textContent).toBe('Ana Souza');
  });

  it('opens the direct room with a contact person from the practice', async () => {
    const server = installFakeServer({
      [`POST /api/practices/${PRACTICE}/contacts/${ANA.id}/conversation`]: { status: 200, body: { roomId: ROOM } },
    });
    renderWith(<WriteToContact practiceId={PRACTICE} person={ANA} />);
    fireEvent.click(screen.getByRole('button', { name: text.write_to.replace('{{name}}', 'Ana Souza') }));
    expect(await screen.findByText('room page')).toBeTruthy();
    await waitFor(() => expect(server.requestsTo(`POST /api/practices/${PRACTICE}/contacts/${ANA.id}/conversation`)).toHaveLength(1));
  });
});
