import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { TranslationSettings } from '@sstc/shared';
import type { Config } from '../../src/config/config.js';
import { FakeLibreTranslate } from '../../src/modules/translation/testing/fake-libretranslate.js';
import { LibreTranslateProvider } from '../../src/modules/translation/libretranslate.provider.js';
import { EngineError } from '../../src/modules/translation/translation.provider.js';
import { sha256, TranslationService } from '../../src/modules/translation/translation.service.js';
import { signedIn } from '../factories/users.factory.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/** Waits for a condition, never a fixed time. */
async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string };
  }
  throw new Error('expected a rejection');
};

describe('translation module', () => {
  let t: TestApp;
  let engine: FakeLibreTranslate;
  let service: TranslationService;
  /** A service of its own on the same database, with other bounds. */
  const serviceWith = (overrides: Partial<Config>) => new TranslationService({ ...t.config, ...overrides }, t.dataSource);

  beforeAll(async () => {
    engine = new FakeLibreTranslate({ apiKey: 'test-key' });
    const url = await engine.start();
    t = await startTestApp({ TRANSLATION_URL: url, TRANSLATION_API_KEY: 'test-key', TRANSLATION_TIMEOUT_MS: '1000' });
    service = t.app.get(TranslationService);
  });
  afterAll(async () => {
    await t.close();
    await engine.stop();
  });
  beforeEach(() => engine.reset());

  describe('the fake engine speaks the LibreTranslate API', () => {
    const post = async (path: string, body: unknown, contentType = 'application/json') => {
      const response = await fetch(`${engine.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };

    it('answers errors as LibreTranslate does', async () => {
      expect(await post('/translate', { q: 'x', source: 'en', target: 'pt' })).toEqual({
        status: 400,
        body: { error: 'Please contact the server operator to get an API key' },
      });
      expect(await post('/translate', { q: 'x', source: 'en', target: 'pt', api_key: 'wrong' })).toEqual({
        status: 403,
        body: { error: 'Invalid API key' },
      });
      expect(await post('/translate', { source: 'en', target: 'pt', api_key: 'test-key' })).toEqual({
        status: 400,
        body: { error: 'Invalid request: missing q parameter' },
      });
      expect(await post('/translate', { q: 'x', source: 'en', target: 'de', api_key: 'test-key' })).toEqual({
        status: 400,
        body: { error: 'de is not supported' },
      });
      engine.fail(429, 1);
      expect(await post('/translate', { q: 'x', source: 'en', target: 'pt', api_key: 'test-key' })).toEqual({
        status: 429,
        body: { error: 'Slowdown: 80 per 1 minute' },
      });
      engine.fail(500, 1);
      expect((await post('/detect', { q: 'x', api_key: 'test-key' })).status).toBe(500);
    });

    it('translates a text or a batch, detects, lists its languages', async () => {
      expect((await post('/translate', 'q=Hello&source=en&target=es&api_key=test-key', 'application/x-www-form-urlencoded')).body).toEqual({
        translatedText: '[es] Hello',
      });
      expect((await post('/translate', { q: ['a', 'b'], source: 'auto', target: 'fr', api_key: 'test-key' })).body).toMatchObject({
        translatedText: ['[fr] a', '[fr] b'],
        detectedLanguage: [{ language: 'en' }, { language: 'en' }],
      });
      expect((await post('/detect', { q: 'Hola, ¿cómo está usted?', api_key: 'test-key' })).body).toEqual([{ language: 'es', confidence: 100 }]);
      const languages = (await (await fetch(`${engine.url}/languages`)).json()) as { code: string }[];
      expect(languages.map((l) => l.code)).toEqual(['en', 'es', 'fr', 'pt']);
    });
  });

  it('tells a signed-in person whether translation is on and keeps their setting', async () => {
    const { client } = await signedIn(t, 'participant');
    expect((await client.get<TranslationSettings>('/translation')).body).toEqual({ enabled: true, autoTranslate: false, perMinute: 60 });
    expect((await client.put('/translation/preferences', { autoTranslate: true })).body).toMatchObject({ autoTranslate: true });
    expect((await client.get<TranslationSettings>('/translation')).body.autoTranslate).toBe(true);
    expect((await client.put('/translation/preferences', { autoTranslate: 'yes' })).status).toBe(400);
    expect((await t.client().get('/translation')).status).toBe(401);
  });

  it('translates the words of Markdown and keeps its markup, with the API key', async () => {
    const text = 'Hello **team**, see `npm test` and https://ilo.org/a_b @[Ana](0b1e9f5e-8c1a-4c36-9a43-6a4f2f0f1d2e)\n- first point';
    expect(await service.translate(text, 'en', 'pt')).toBe(
      '[pt] Hello **[pt] team**[pt] , see `npm test` [pt] and https://ilo.org/a_b @[Ana](0b1e9f5e-8c1a-4c36-9a43-6a4f2f0f1d2e)\n- [pt] first point',
    );
    expect(engine.translateCalls).toHaveLength(1);
    expect(engine.translateCalls[0]!.body).toMatchObject({ source: 'en', target: 'pt', format: 'text', api_key: 'test-key' });
  });

  it('caches in PostgreSQL by text hash, languages and engine version, one engine call for concurrent asks', async () => {
    const text = 'A text many people read at once';
    const answers = await Promise.all(Array.from({ length: 50 }, () => service.translate(text, 'en', 'es')));
    expect(new Set(answers)).toEqual(new Set(['[es] A text many people read at once']));
    expect(engine.translateCalls).toHaveLength(1);
    await service.translate(text, 'en', 'es');
    expect(engine.translateCalls).toHaveLength(1);
    // Written just after the readers were answered.
    let rows: { engine_version: string }[] = [];
    await until(
      async () => (rows = await t.dataSource.query(`SELECT engine_version FROM translations WHERE source_hash = $1`, [sha256(text)])).length > 0,
    );
    expect(rows).toEqual([{ engine_version: 'libretranslate-1.9.6' }]);

    // Another target, an edited text: translated again.
    await service.translate(text, 'en', 'fr');
    await service.translate(`${text}!`, 'en', 'es');
    expect(engine.translateCalls).toHaveLength(3);

    // A new engine version does not reuse the older one's work.
    engine.version = '1.9.7';
    const upgraded = serviceWith({});
    await upgraded.translate(text, 'en', 'es');
    expect(engine.translateCalls).toHaveLength(4);
    // Another server's cache row: written by the time the text is forgotten below.
    await upgraded.settled();
    upgraded.onModuleDestroy();
    engine.version = '1.9.6';

    await service.forget([text]);
    expect(await t.dataSource.query(`SELECT 1 FROM translations WHERE source_hash = $1`, [sha256(text)])).toEqual([]);
  });

  it('retries a 429 or a 500 and then succeeds', async () => {
    engine.fail(429, 1);
    expect(await service.translate('Retried after a slowdown', 'en', 'fr')).toBe('[fr] Retried after a slowdown');
    engine.fail(500, 2);
    expect(await service.translate('Retried after two failures', 'en', 'fr')).toBe('[fr] Retried after two failures');
    expect(engine.translateCalls).toHaveLength(5);
  });

  it('gives up on a slow engine after the timeout: translation unavailable', async () => {
    engine.latencyMs = 1_500;
    try {
      const started = Date.now();
      expect(await rejection(service.translate('Too slow to wait for', 'en', 'es'))).toMatchObject({ code: 'translation_unavailable' });
      expect(Date.now() - started).toBeLessThan(1_400);
    } finally {
      engine.latencyMs = 0;
    }
  });

  it('opens the circuit when the engine is down, answers at once, and closes it when it is back', async () => {
    const bounded = serviceWith({ TRANSLATION_RETRY_AFTER_MS: 300 });
    await bounded.version();
    engine.setDown(true);
    for (let i = 0; i < 3; i++)
      expect(await rejection(bounded.translate(`Engine down ${i}`, 'en', 'es'))).toMatchObject({ code: 'translation_unavailable' });
    expect(bounded.engineDown).toBe(true);
    const before = engine.calls.length;
    const started = Date.now();
    expect(await rejection(bounded.translate('Not even tried', 'en', 'es'))).toMatchObject({ code: 'translation_unavailable' });
    expect(Date.now() - started).toBeLessThan(100);
    expect(engine.calls.length).toBe(before);
    // Detection never fails the caller: it just cannot say.
    expect(await bounded.detect('Hola, ¿cómo está usted?')).toBeNull();

    engine.setDown(false);
    await until(async () => {
      try {
        return (await bounded.translate('Back again', 'en', 'es')) === '[es] Back again';
      } catch {
        return false;
      }
    });
    expect(bounded.engineDown).toBe(false);
    bounded.onModuleDestroy();
  });

  it('limits the engine calls in flight', async () => {
    const limited = serviceWith({ TRANSLATION_CONCURRENCY: 2 });
    await limited.version();
    // A request an earlier test gave up on may still be held by the engine.
    await until(() => engine.inFlight === 0);
    engine.mostInFlight = 0;
    engine.latencyMs = 100;
    try {
      await Promise.all(Array.from({ length: 6 }, (_, i) => limited.translate(`Limited ${i}`, 'en', 'pt')));
    } finally {
      engine.latencyMs = 0;
      limited.onModuleDestroy();
    }
    expect(engine.translateCalls).toHaveLength(6);
    expect(engine.mostInFlight).toBe(2);
  });

  it('detects the language of a text with markup left out', async () => {
    expect(await service.detect('Olá, como está você? `const x = 1`')).toBe('pt');
    expect(await service.detect('`only code`')).toBeNull();
  });

  it('reports an engine that refuses a request as an engine error, not as a transient one', async () => {
    const provider = new LibreTranslateProvider({ url: engine.url, timeoutMs: 1_000 });
    const error = (await rejection(provider.translate('x', 'en', 'es'))) as EngineError;
    expect(error).toBeInstanceOf(EngineError);
    expect(error.status).toBe(400);
    expect(error.transient).toBe(false);
  });
});

describe('translation without TRANSLATION_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TRANSLATION_URL: '' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is off: nothing offered, nothing stored', async () => {
    const { client } = await signedIn(t, 'participant');
    expect((await client.get('/translation')).body).toEqual({ enabled: false, autoTranslate: false, perMinute: 60 });
    expect((await client.put('/translation/preferences', { autoTranslate: true })).status).toBe(404);
  });
});
