import type { Language } from '@sstc/shared';

/** A language the engine recognised in a text, with its confidence (0–100). */
export interface Detection {
  language: string;
  confidence: number;
}

/**
 * What the platform asks of a machine-translation engine. One implementation talks to LibreTranslate
 * (libretranslate.provider.ts); the service above it adds the cache, the bounds and the breaker.
 */
export abstract class TranslationProvider {
  /** Candidate languages of a text, most likely first. */
  abstract detect(text: string): Promise<Detection[]>;
  abstract translate(text: string, from: Language, to: Language): Promise<string>;
  /** Several texts in one call, answers in the same order. */
  abstract translateBatch(texts: string[], from: Language, to: Language): Promise<string[]>;
  /** The engine's version: part of the cache key, so an upgraded engine translates again. */
  abstract version(): Promise<string>;
}

/** A failed engine call; `status` is the HTTP status when the engine answered. */
export class EngineError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'EngineError';
  }

  /** Worth another attempt: rate limited, engine error, no answer in time, no connection. */
  get transient(): boolean {
    return this.status === undefined || this.status === 429 || this.status >= 500;
  }
}
