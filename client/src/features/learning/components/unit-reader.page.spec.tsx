import { describe, expect, it } from '@jest/globals';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { installFakeServer, type FakeReply } from '../../../test/fake-server.js';
import { aUser } from '../../../test/fixtures.js';
import { renderApp } from '../../../test/render-app.js';
import { pendingProgress } from '../api/progress-queue.js';
import { UNIT_IDS, aUnit } from '../test/learning-fixtures.js';

const unitId = UNIT_IDS[1];
const progressRoute = `PUT /api/learning/units/${unitId}/progress`;

describe('unit reader', () => {
  it('renders the sanitized body, key questions and on-demand resources, and records the opening', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      [`GET /api/learning/units/${unitId}`]: { status: 200, body: aUnit() },
      [progressRoute]: { status: 200, body: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: null } },
    });
    renderApp(`/learning/units/${unitId}`);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Unit 2');
    expect(screen.getByText('SDG 8').tagName).toBe('STRONG');
    expect(screen.getByText('Which SDG 8 targets matter most in your country?')).toBeTruthy();
    const video = screen.getByRole('link', { name: 'Panel recording' });
    expect(video.getAttribute('rel')).toBe('noopener noreferrer');
    expect(video.getAttribute('target')).toBe('_blank');
    expect(document.querySelector('video, iframe, img')).toBeNull();
    expect(screen.queryByTestId('language-missing')).toBeNull();
    await waitFor(() => expect(server.requestsTo(progressRoute)).toHaveLength(1));
    expect(server.requestsTo(progressRoute)[0]!.body).toEqual({ at: expect.any(String) });
  });

  it('says so when the reader’s language is missing and the default language is shown', async () => {
    installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser({ language: 'pt' }) },
      [`GET /api/learning/units/${unitId}`]: { status: 200, body: aUnit({ requestedLanguage: 'pt', shownLanguage: 'en' }) },
      [progressRoute]: { status: 200, body: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: null } },
    });
    renderApp(`/learning/units/${unitId}`, { language: 'pt' });
    const notice = await screen.findByTestId('language-missing');
    expect(notice.textContent).toBe('Esta unidade ainda não está disponível em Português. É apresentada em English.');
    expect(screen.getByRole('heading', { level: 1 }).closest('article')!.getAttribute('lang')).toBe('en');
  });

  it('keeps a completion made offline and sends it once the connection returns', async () => {
    let online = false;
    const reply = (): FakeReply => {
      if (!online) throw new TypeError('Failed to fetch');
      return { status: 200, body: { openedAt: '2016-02-02T10:00:00.000Z', completedAt: '2016-02-02T10:05:00.000Z' } };
    };
    const server = installFakeServer({
      'GET /api/auth/me': { status: 200, body: aUser() },
      [`GET /api/learning/units/${unitId}`]: { status: 200, body: aUnit() },
      [progressRoute]: reply,
    });
    renderApp(`/learning/units/${unitId}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark as completed' }));
    expect(await screen.findByText('You have completed this unit.')).toBeTruthy();
    expect(await screen.findByText('1 progress update is saved on this device and will be sent when you are back online.')).toBeTruthy();
    expect(pendingProgress()).toEqual([{ unitId, completed: true, at: expect.any(String) }]);

    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(pendingProgress()).toEqual([]));
    const sent = server.requestsTo(progressRoute).at(-1)!;
    expect(sent.body).toEqual({ completed: true, at: expect.any(String) });
  });
});
