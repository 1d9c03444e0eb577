import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { EDITION_ID, UNIT_IDS, aPackage, aUnitSummary } from '../test/learning-fixtures.js';

const path = `/editions/${EDITION_ID}/learning`;

describe('pre-learning package page', () => {
  it('shows a participant only the opening date before the package opens', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'fr' }) },
      [`GET /api/editions/${EDITION_ID}/learning`]: {
        status: 200,
        body: aPackage({ open: false, units: [], progress: { completed: 0, total: 0, percent: 0, nextUnitId: null } }),
      },
    });
    renderApp(path, { language: 'fr' });
    const notice = await screen.findByTestId('learning-not-open');
    expect(notice.textContent).toContain('1 février 2016');
    expect(screen.queryByTestId('unit-list')).toBeNull();
  });

  it('tells a participant what is next and lists the units with their status', async () => {
    const pkg = aPackage({
      units: [
        aUnitSummary(0, { progress: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: '2016-02-02T10:10:00.000Z' } }),
        aUnitSummary(1),
        aUnitSummary(2),
      ],
      progress: { completed: 1, total: 3, percent: 33, nextUnitId: UNIT_IDS[1] },
    });
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      [`GET /api/editions/${EDITION_ID}/learning`]: { status: 200, body: pkg },
    });
    renderApp(path);
    const next = await screen.findByRole('link', { name: 'Continue with “Unit 2”' });
    // The edition's navigation stays, with the pre-learning as the current page.
    const nav = screen.getByRole('navigation', { name: resources.en.courses.nav.label });
    expect(within(nav).getByRole('link', { name: resources.en.courses.nav.learning }).getAttribute('aria-current')).toBe('page');
    expect(next.getAttribute('href')).toBe(`/learning/units/${UNIT_IDS[1]}`);
    expect(screen.getByText('1 of 3 units completed')).toBeTruthy();
    const items = within(screen.getByTestId('unit-list')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.badge')!.textContent)).toEqual(['Completed', 'Not started', 'Not started']);
    expect(items[1]!.textContent).toContain(`${resources.en.courses.programme.item_label.panel.replace('{{number}}', '1')}: SDGs and SSTC`);
  });

  it('shows editors the missing languages and reorders their units with the keyboard-usable buttons', async () => {
    const pkg = aPackage({
      canCreate: true,
      progress: null,
      units: [
        aUnitSummary(0, { progress: null }),
        aUnitSummary(1, { canEdit: true, progress: null, missingLanguages: ['es', 'pt'] }),
        aUnitSummary(2, { canEdit: true, progress: null }),
      ],
    });
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ role: 'facilitator' }) },
      [`GET /api/editions/${EDITION_ID}/learning`]: { status: 200, body: pkg },
      [`PUT /api/editions/${EDITION_ID}/learning/order`]: { status: 200, body: { ...pkg, units: [pkg.units[0], pkg.units[2], pkg.units[1]] } },
    });
    renderApp(path);
    const list = await screen.findByTestId('unit-editor-list');
    expect(within(list).getByText('Missing: Español and Português')).toBeTruthy();
    expect(within(list).getAllByText('Written in every language of the edition.')).toHaveLength(2);
    expect(within(list).queryByRole('button', { name: 'Move “Unit 1” up' })).toBeNull();
    expect((within(list).getByRole('button', { name: 'Move “Unit 2” up' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(list).getByRole('button', { name: 'Move “Unit 2” down' }));
    await waitFor(() => expect(server.requestsTo(`PUT /api/editions/${EDITION_ID}/learning/order`)).toHaveLength(1));
    expect(server.requestsTo(`PUT /api/editions/${EDITION_ID}/learning/order`)[0]!.body).toEqual({ unitIds: [UNIT_IDS[2], UNIT_IDS[1]] });
    expect(await screen.findByText('“Unit 2” is now number 2 among your units.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New unit' }).getAttribute('href')).toBe(`/editions/${EDITION_ID}/learning/new`);
  });
});
