import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { resources } from '../../../locales/resources.js';
import { errorReply, installFakeServer } from '../../../test/fake-server.js';
import { renderApp } from '../../../test/render-app.js';

describe('forgotten password', () => {
  it('asks for a link in the page’s language and answers the same for every address', async () => {
    const server = installFakeServer({
      'GET /api/auth/me': errorReply(401, { code: 'unauthenticated' }),
      'POST /api/auth/password/forgot': { status: 202 },
    });
    renderApp('/forgot-password', { language: 'es' });
    fireEvent.change(await screen.findByLabelText(resources.es.auth.email), { target: { value: ' maria@example.org ' } });
    fireEvent.click(screen.getByRole('button', { name: resources.es.auth.forgot.submit }));

    const sent = resources.es.auth.forgot.sent.replace('{{email}}', 'maria@example.org');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(sent));
    const [request] = server.requestsTo('POST /api/auth/password/forgot');
    expect(request?.body).toEqual({ email: 'maria@example.org' });
    // So that the emailed link comes in the language the visitor reads.
    expect(request?.headers['Accept-Language']).toBe('es');
  });
});
