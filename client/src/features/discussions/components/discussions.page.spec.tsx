import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import type { RoomSummary } from '@sstc/shared';
import { resources } from '../../../locales/resources.js';
import { installFakeServer } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';

const EDITION = {
  id: '3e1c4a02-8a5b-4c21-9f3e-2d1c0b9a8f70',
  code: 'SSTC-2016',
  timeZone: 'Europe/Rome',
  title: { en: '1st Academy', es: '1.ª Academia', fr: '1re Académie', pt: '1.ª Academia' },
};

function aRoom(overrides: Partial<RoomSummary>): RoomSummary {
  return {
    id: '8b0f5c1e-2f4d-4c6a-9e8b-7a6d5c4b3a21',
    kind: 'programme_item',
    title: { en: 'Social Dialogue', es: 'Diálogo social', fr: 'Dialogue social', pt: 'Diálogo social' },
    item: { kind: 'elective_module', number: 7 },
    edition: EDITION,
    locked: false,
    archived: false,
    slowModeSeconds: 0,
    lastRevision: 12,
    lastActivityAt: '2026-07-16T10:00:00.000Z',
    unread: 3,
    unreadMentions: 1,
    canModerate: false,
    ...overrides,
  };
}

describe('discussions page', () => {
  it.each(LANGUAGES)('lists the rooms by edition with unread counts, in %s', async (language) => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language }) },
      'GET /api/notifications': { status: 200, body: { items: [], total: 0, page: 1, pageSize: 20, unread: 0 } },
      'GET /api/discussions/rooms': {
        status: 200,
        body: [
          aRoom({}),
          aRoom({
            id: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d',
            kind: 'community',
            item: null,
            edition: null,
            title: { en: 'Alumni' },
            unread: 150,
            unreadMentions: 0,
          }),
        ],
      },
    });
    const text = resources[language].discussions;
    renderApp('/discussions');
    const rows = await screen.findAllByTestId('room-row');
    expect(screen.getByRole('heading', { level: 1, name: text.title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: EDITION.title[language] })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: text.rooms.community })).toBeTruthy();
    const [module, community] = rows as [HTMLElement, HTMLElement];
    expect(within(module).getByRole('link').textContent).toBe(aRoom({}).title[language]);
    expect(module.textContent).toContain(text.kinds.elective_module.replace('{{number}}', '7'));
    expect(within(module).getByTestId('room-unread').textContent).toContain('3');
    // A title with no translation is shown in the language it has, and marked as such.
    expect(within(community).getByRole('link', { name: 'Alumni' }).getAttribute('lang')).toBe(language === 'en' ? null : 'en');
    expect(within(community).getByTestId('room-unread').textContent).toContain('99+');
  });
});
