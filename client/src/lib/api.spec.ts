import { afterEach, describe, expect, it } from '@jest/globals';
import { api, ApiError, fieldProblemsOf, NetworkError } from './api.js';
import { errorReply, installFakeServer } from '../test/fake-server.js';

describe('api', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('sends JSON with the page language and the query, and reads JSON back', async () => {
    document.documentElement.lang = 'pt';
    const server = installFakeServer({ 'POST /api/users/invitations': { status: 200, body: { id: 'x' } } });
    await expect(api('/users/invitations', { method: 'POST', body: { name: 'Ana' }, query: { page: 2, skip: undefined } })).resolves.toEqual({
      id: 'x',
    });
    const [request] = server.requests;
    expect(request?.body).toEqual({ name: 'Ana' });
    expect(request?.query.toString()).toBe('page=2');
    expect(request?.headers['Accept-Language']).toBe('pt');
    expect(request?.headers['Content-Type']).toBe('application/json');
  });

  it('resolves empty answers with nothing', async () => {
    installFakeServer({ 'POST /api/auth/password/forgot': { status: 202 } });
    await expect(api('/auth/password/forgot', { method: 'POST', body: {} })).resolves.toBeUndefined();
  });

  it('rejects with the server’s error body', async () => {
    installFakeServer({
      'POST /api/users/invitations': errorReply(400, {
        code: 'validation_failed',
        details: [
          { path: 'email', code: 'invalid_format', message: '' },
          { path: 'role', code: 'something_new', message: '' },
        ],
      }),
    });
    const error = await api('/users/invitations', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('validation_failed');
    // An unknown problem code still shows a message.
    expect(fieldProblemsOf(error)).toEqual({ email: 'invalid_format', role: 'invalid' });
  });

  it('turns an answer without our error body into a known code', async () => {
    installFakeServer({ 'GET /api/editions': { status: 502 } });
    const error = await api('/editions').catch((caught: unknown) => caught);
    expect((error as ApiError).code).toBe('internal_error');
    expect((error as ApiError).status).toBe(502);
  });

  it('tells a lost connection from a server error', async () => {
    globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(api('/editions')).rejects.toBeInstanceOf(NetworkError);
  });
});
