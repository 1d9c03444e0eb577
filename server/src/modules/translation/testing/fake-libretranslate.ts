import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A LibreTranslate-compatible server for tests, benches and browser journeys (the real engine needs
 * model downloads). It answers the routes the platform uses with LibreTranslate's shapes, statuses
 * and error bodies (`{ "error": "…" }`): GET /languages, POST /detect, POST /translate (a text or a
 * batch, `source: "auto"` with `detectedLanguage`), GET /spec (its version), GET /health. Its
 * "translation" is deterministic: known phrases from a small dictionary, otherwise the text tagged
 * with the target language, `[pt] …`. Tests steer it: a fixed latency, failures (429, 500) for the
 * next calls, an API key to require, or down (connections destroyed). It counts what it was asked.
 * Not used by the application itself.
 */
export interface FakeEngineOptions {
  latencyMs?: number;
  apiKey?: string;
  version?: string;
}

export interface EngineCall {
  path: string;
  body: Record<string, unknown>;
}

const LANGS = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Spanish' },
  { code: 'fr', name: 'French' },
  { code: 'pt', name: 'Portuguese' },
];

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'is', 'are', 'you', 'of', 'to', 'hello', 'with', 'this', 'what', 'we', 'our', 'thanks', 'good', 'for'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'de', 'que', 'hola', 'con', 'para', 'gracias', 'nuestro', 'nuestra', 'muy', 'usted', 'cómo', 'está'],
  fr: ['le', 'la', 'les', 'et', 'est', 'des', 'que', 'bonjour', 'avec', 'pour', 'merci', 'nous', 'notre', 'vous', 'très', 'une'],
  pt: ['o', 'os', 'as', 'e', 'é', 'do', 'da', 'que', 'olá', 'com', 'para', 'obrigado', 'obrigada', 'nosso', 'nossa', 'você', 'muito', 'não', 'uma'],
};

/** Phrases the browser journeys read back, by language; anything else is tagged `[xx] text`. */
const PHRASES: Record<string, Record<string, string>> = {
  greeting: {
    en: 'Hello, how are you?',
    es: 'Hola, ¿cómo está usted?',
    fr: 'Bonjour, comment allez-vous ?',
    pt: 'Olá, como está você?',
  },
  cooperation: {
    en: 'Our cooperation project works well',
    es: 'Nuestro proyecto de cooperación funciona bien',
    fr: 'Notre projet de coopération fonctionne bien',
    pt: 'O nosso projeto de cooperação funciona bem',
  },
};

export class FakeLibreTranslate {
  latencyMs: number;
  apiKey: string | undefined;
  version: string;
  /** Every request answered or failed, in order. */
  readonly calls: EngineCall[] = [];
  /** translate/detect requests being answered now, and the most at once since the last reset. */
  inFlight = 0;
  mostInFlight = 0;
  /** Connections dropped while down. */
  refused = 0;
  private failures: { status: 429 | 500; remaining: number } | null = null;
  private down = false;
  private server: Server | null = null;
  private readonly sockets = new Set<import('node:net').Socket>();

  constructor(options: FakeEngineOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    this.apiKey = options.apiKey;
    this.version = options.version ?? '1.9.6';
  }

  /** Listens on 127.0.0.1 on a free port; resolves to its base URL. */
  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  /** The next `times` translate/detect calls answer `status` with LibreTranslate's error body. */
  fail(status: 429 | 500, times = Number.POSITIVE_INFINITY): void {
    this.failures = { status, remaining: times };
  }

  /** Down: every connection is destroyed without an answer, as when the engine's process is gone. */
  setDown(down: boolean): void {
    this.down = down;
  }

  recover(): void {
    this.failures = null;
    this.down = false;
  }

  /** Translate calls so far (each single or batch request counts once). */
  get translateCalls(): EngineCall[] {
    return this.calls.filter((c) => c.path === '/translate');
  }

  reset(): void {
    this.calls.length = 0;
    this.mostInFlight = 0;
    this.refused = 0;
    this.recover();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.down) {
      this.refused++;
      req.socket.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://fake');
    let body: Record<string, unknown> = {};
    try {
      body = await readBody(req);
    } catch {
      return send(res, 400, { error: 'Invalid JSON format' });
    }
    if (req.method === 'GET' && url.pathname === '/health') return send(res, 200, { status: 'ok' });
    if (req.method === 'GET' && url.pathname === '/languages')
      return send(
        res,
        200,
        LANGS.map((l) => ({ ...l, targets: LANGS.map((t) => t.code) })),
      );
    if (req.method === 'GET' && url.pathname === '/spec')
      return send(res, 200, { swagger: '2.0', info: { title: 'LibreTranslate', version: this.version } });
    if (req.method !== 'POST' || (url.pathname !== '/translate' && url.pathname !== '/detect')) return send(res, 404, { error: 'Not Found' });

    this.calls.push({ path: url.pathname, body });
    this.inFlight++;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    try {
      if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      this.answer(url.pathname, body, res);
    } finally {
      this.inFlight--;
    }
  }

  private answer(path: string, body: Record<string, unknown>, res: ServerResponse): void {
    if (this.apiKey !== undefined && body.api_key !== this.apiKey)
      return body.api_key
        ? send(res, 403, { error: 'Invalid API key' })
        : send(res, 400, { error: 'Please contact the server operator to get an API key' });
    if (this.failures && this.failures.remaining > 0) {
      this.failures.remaining--;
      return this.failures.status === 429
        ? send(res, 429, { error: 'Slowdown: 80 per 1 minute' })
        : send(res, 500, { error: 'Cannot translate text: engine failure' });
    }
    const q = body.q;
    if (!q || (Array.isArray(q) && q.length === 0)) return send(res, 400, { error: 'Invalid request: missing q parameter' });
    const texts = (Array.isArray(q) ? q : [q]).map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
    if (path === '/detect') return send(res, 200, detect(texts.join(' ')));

    const source = body.source as string | undefined;
    const target = body.target as string | undefined;
    if (!source) return send(res, 400, { error: 'Invalid request: missing source parameter' });
    if (!target) return send(res, 400, { error: 'Invalid request: missing target parameter' });
    if (source !== 'auto' && !LANGS.some((l) => l.code === source)) return send(res, 400, { error: `${source} is not supported` });
    if (!LANGS.some((l) => l.code === target)) return send(res, 400, { error: `${target} is not supported` });
    const format = (body.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'html') return send(res, 400, { error: `${format} format is not supported` });
    const detected = source === 'auto' ? detect(texts.join(' '))[0]! : null;
    const from = detected?.language ?? source;
    const translated = texts.map((text) => translate(text, from, target));
    if (Array.isArray(q)) return send(res, 200, { translatedText: translated, ...(detected ? { detectedLanguage: texts.map(() => detected) } : {}) });
    return send(res, 200, { translatedText: translated[0], ...(detected ? { detectedLanguage: detected } : {}) });
  }
}

function translate(text: string, from: string, to: string): string {
  if (from === to) return text;
  const normal = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s¿?¡!.,]+/g, ' ')
      .trim();
  for (const phrase of Object.values(PHRASES)) if (normal(phrase[from] ?? '') === normal(text)) return phrase[to]!;
  return `[${to}] ${text}`;
}

/** Like LibreTranslate: candidates with a confidence 0–100, most likely first. */
function detect(text: string): { language: string; confidence: number }[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(STOPWORDS).map(([language, list]) => ({ language, hits: words.filter((w) => list.includes(w)).length }));
  scores.sort((a, b) => b.hits - a.hits);
  const total = scores.reduce((sum, s) => sum + s.hits, 0);
  if (total === 0) return [{ language: 'en', confidence: 0 }];
  return scores.filter((s) => s.hits > 0).map((s) => ({ language: s.language, confidence: Math.round((s.hits / total) * 100) }));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

// `node fake-libretranslate.js [port] [latencyMs]`: run it by itself (npm start with TRANSLATION_URL pointing at it).
if (import.meta.url === `file://${process.argv[1]}`) {
  const engine = new FakeLibreTranslate({ latencyMs: Number(process.argv[3] ?? 0) });
  void engine.start(Number(process.argv[2] ?? 5001)).then((url) => console.log(`fake LibreTranslate on ${url}`));
}
