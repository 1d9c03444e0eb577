import { describe, expect, it, jest } from '@jest/globals';
import { act, fireEvent, screen } from '@testing-library/react';
import { LANGUAGES } from '@sstc/shared/values';
import { appUpdate } from '../lib/app-update.js';
import { resources } from '../locales/resources.js';
import { errorReply, installFakeServer } from '../test/fake-server.js';
import { renderApp } from '../test/render-app.js';

describe('new version prompt', () => {
  it.each(LANGUAGES)('offers the waiting version with a reload, in %s', async (language) => {
    installFakeServer({ 'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }) });
    renderApp('/sign-in', { language });
    await screen.findByTestId('sign-in-form');

    const switchToNew = jest.fn(async () => undefined);
    act(() => appUpdate.offer(switchToNew));
    const text = resources[language].common.update;
    expect(screen.getByTestId('update-prompt').textContent).toContain(text.available);
    fireEvent.click(screen.getByRole('button', { name: text.reload }));
    fireEvent.click(screen.getByRole('button', { name: text.reload }));
    expect(switchToNew).toHaveBeenCalledTimes(1);
  });
});
