import type { Language } from '@sstc/shared';
import { EngineError, TranslationProvider, type Detection } from './translation.provider.js';

export interface LibreTranslateOptions {
  url: string;
  apiKey?: string;
  /** Longest wait for one HTTP call. */
  timeoutMs: number;
}

/**
 * The LibreTranslate HTTP API (POST /translate, POST /detect, GET /spec): JSON bodies, the key as
 * `api_key` in the body, errors as `{ "error": "…" }` with 400, 403, 429 or 500. Uses Node's own
 * fetch (undici); each call is aborted after `timeoutMs`.
 */
export class LibreTranslateProvider extends TranslationProvider {
  private readonly base: string;

  constructor(private readonly options: LibreTranslateOptions) {
    super();
    this.base = options.url.replace(/\/+$/, '');
  }

  async detect(text: string): Promise<Detection[]> {
    const answer = await this.post<Detection[]>('/detect', { q: text });
    if (!Array.isArray(answer)) throw new EngineError('detect: unexpected answer');
    return answer.map((d) => ({ language: String(d.language), confidence: Number(d.confidence) }));
  }

  async translate(text: string, from: Language, to: Language): Promise<string> {
    const answer = await this.post<{ translatedText: unknown }>('/translate', { q: text, source: from, target: to, format: 'text' });
    if (typeof answer.translatedText !== 'string') throw new EngineError('translate: unexpected answer');
    return answer.translatedText;
  }

  async translateBatch(texts: string[], from: Language, to: Language): Promise<string[]> {
    if (texts.length === 0) return [];
    const answer = await this.post<{ translatedText: unknown }>('/translate', { q: texts, source: from, target: to, format: 'text' });
    const translated = answer.translatedText;
    if (!Array.isArray(translated) || translated.length !== texts.length || !translated.every((t) => typeof t === 'string'))
      throw new EngineError('translate: unexpected batch answer');
    return translated as string[];
  }

  async version(): Promise<string> {
    // The OpenAPI document LibreTranslate serves carries its version (info.version).
    const spec = await this.call<{ info?: { version?: unknown } }>('GET', '/spec');
    return `libretranslate-${typeof spec.info?.version === 'string' ? spec.info.version : 'unknown'}`;
  }

  private post<T>(path: string, body: Record<string, unknown>): Promise<T> {
    return this.call<T>('POST', path, this.options.apiKey ? { ...body, api_key: this.options.apiKey } : body);
  }

  private async call<T>(method: 'GET' | 'POST', path: string, body?: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json', accept: 'application/json' } : { accept: 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new EngineError(timedOut ? `${path}: no answer within ${this.options.timeoutMs} ms` : `${path}: ${String(error)}`);
    }
    let payload: unknown;
    try {
      payload = await response.json();
    } catch {
      throw new EngineError(`${path}: answered ${response.status} without JSON`, response.status);
    }
    if (!response.ok) {
      const message = (payload as { error?: unknown } | null)?.error;
      throw new EngineError(`${path}: ${response.status} ${typeof message === 'string' ? message : ''}`.trim(), response.status);
    }
    return payload as T;
  }
}
