import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, request } from '../factories/discussions.factory.js';
import { signedIn } from '../factories/users.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

describe('API conventions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database state at /api/health', async () => {
    const response = await t.client().get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('answers malformed JSON with 400 malformed_json, not 500', async () => {
    const response = await t.client('es').raw('POST', '/auth/sign-in', '{"email": ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'malformed_json', message: 'No se pudo leer la solicitud.' });
  });

  it('answers an oversized body with 413 payload_too_large', async () => {
    const response = await t.client().raw('POST', '/auth/sign-in', JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(300_000) }));
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });

  it('rejects unknown fields and wrong types with per-field details in the caller language', async () => {
    const response = await t.client('pt').post('/auth/sign-in', { email: 42, password: 'x', admin: true });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        { path: 'email', code: 'invalid_type', message: 'Este valor tem um tipo incorreto.' },
        { path: 'admin', code: 'unrecognized_keys', message: 'Este campo não é esperado aqui.' },
      ]),
    );
  });

  it('validates profile fields: country, time zone and language', async () => {
    const { client } = await signedIn(t, 'participant');
    const response = await client.patch('/profile', { country: 'XX', timeZone: 'Mars/Olympus', language: 'de' });
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`).sort()).toEqual([
      'country:unknown_country',
      'language:invalid_value',
      'timeZone:invalid_value',
    ]);
    const me = await client.get('/auth/me');
    expect(me.body.country).toBe('BR');
  });

  it('derives the ILO region from the country', async () => {
    const { client } = await signedIn(t, 'participant');
    const response = await client.patch('/profile', { country: 'jo' });
    expect(response.body).toMatchObject({ country: 'JO', iloRegion: 'arab_states' });
  });

  it('answers an unknown API path with 404 not_found in the error shape', async () => {
    const response = await t.client().get('/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'not_found', requestId: expect.any(String) });
  });

  it('answers a malformed id with 400, not a database error', async () => {
    const { client } = await signedIn(t, 'organizer');
    const response = await client.get('/editions/not-a-uuid');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('validation_failed');
  });

  it('refuses state-changing calls from a foreign origin', async () => {
    const response = await fetch(`${t.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ email: 'a@b.org', password: 'whatever' }),
    });
    expect(response.status).toBe(403);
  });

  it('sets security headers and a request id', async () => {
    const response = await fetch(`${t.url}/api/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });

  it('answers the same failure with the same code, message and shape over HTTP and over the socket', async () => {
    const { client } = await signedIn(t, 'participant', { language: 'fr' });
    const socket = await connect(t, client);
    try {
      const roomId = randomUUID();
      const http = await client.get(`/discussions/rooms/${roomId}`);
      const { error } = await request(socket, 'room:join', { roomId });
      const { requestId, ...body } = http.body;
      expect(requestId).toEqual(expect.any(String));
      expect(http.status).toBeGreaterThanOrEqual(400);
      expect(error).toEqual(body);
      expect(error.message).not.toBe('');
    } finally {
      socket.disconnect();
    }
  });
});
