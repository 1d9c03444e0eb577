import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import CircuitBreaker from 'opossum';
import pLimit, { type LimitFunction } from 'p-limit';
import { LANGUAGES, type Language } from '@sstc/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { ApiException } from '../../common/http/api.exception.js';
import { CONFIG, type Config } from '../../config/config.js';
import { LibreTranslateProvider } from './libretranslate.provider.js';
import { joinRuns, splitRuns } from './text-runs.js';
import { EngineError, type TranslationProvider } from './translation.provider.js';

/** Attempts of one engine call when it answers 429 or 5xx or drops the connection (not after a timeout). */
const ATTEMPTS = 3;
const RETRY_DELAY_MS = 150;
/** How long the engine's version is trusted before it is asked again. */
const VERSION_TTL_MS = 10 * 60_000;
/** Detection runs while a message is being sent: it gets this long, then the author's language is used. */
const DETECT_BUDGET_MS = 1_500;
/** How often an instance waiting for another's engine call looks for its text: first, and at most. */
const CLAIM_POLL_MS = 20;
const CLAIM_POLL_MAX_MS = 160;
/** Below this confidence (0–100) a detection is not believed. */
const DETECTION_CONFIDENCE = 50;

/**
 * Whether the text is still wanted, asked inside the transaction that claims its translation: the
 * owner locks its row (FOR SHARE) and answers whether it still shows this text to its readers. An
 * owner that hides, deletes or edits the text changes that row (and commits) before it forgets the
 * text's translations: a claim is either taken before that change, and then deleted by the forget
 * (the translation's update then finds no row), or refused after it.
 */
export type SourceGuard = (manager: EntityManager) => Promise<boolean>;

/** The text was hidden, deleted or changed while its translation was waited for: nothing was stored. */
export class TranslationSourceGone extends Error {
  constructor() {
    super('the text to translate is gone');
  }
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Machine translation for the whole platform, bounded: every engine call goes through one circuit
 * breaker (opossum: after repeated failures the engine is not called for TRANSLATION_RETRY_AFTER_MS,
 * callers get `translation_unavailable` at once) and one concurrency limit (p-limit), each HTTP call
 * has a timeout, and transient failures are retried a little. Results are cached in PostgreSQL by
 * (SHA-256 of the source text, source language, target language, engine version), and concurrent
 * requests for the same translation share one engine call, across server instances too (a claim
 * row in the cache table, see translateOnce); the most recent ones are also kept in
 * memory (lru-cache) so that a room of readers asking at once does not query the cache table each.
 */
@Injectable()
export class TranslationService implements OnModuleDestroy {
  private readonly logger = new Logger('Translation');
  private readonly provider: TranslationProvider | null;
  private readonly breaker: CircuitBreaker<[() => Promise<unknown>], unknown>;
  private readonly limit: LimitFunction;
  private readonly inFlight = new Map<string, Promise<string>>();
  /** Cache rows being written. */
  private readonly writes = new Set<Promise<unknown>>();
  /** The hottest translations, in front of PostgreSQL: a room of 300 readers asks for the same ones at once. */
  private readonly recent = new LRUCache<string, string>({
    max: 5_000,
    maxSize: 20_000_000,
    sizeCalculation: (v, k) => v.length + k.length,
    ttl: 10 * 60_000,
  });
  private engineVersion: { value: Promise<string>; at: number } | null = null;
  /** A claim this old was left by an instance that died or hung: every attempt timed out, with the pauses between. */
  private readonly claimTtlMs: number;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.provider = config.TRANSLATION_URL
      ? new LibreTranslateProvider({ url: config.TRANSLATION_URL, apiKey: config.TRANSLATION_API_KEY, timeoutMs: config.TRANSLATION_TIMEOUT_MS })
      : null;
    this.limit = pLimit(config.TRANSLATION_CONCURRENCY);
    this.claimTtlMs = config.TRANSLATION_TIMEOUT_MS * ATTEMPTS + RETRY_DELAY_MS * ATTEMPTS * ATTEMPTS + 1_000;
    this.breaker = new CircuitBreaker((call: () => Promise<unknown>) => this.limit(() => this.withRetries(call)), {
      // Each HTTP call has its own timeout; a call waiting for its turn in the limit is not failing.
      timeout: false,
      resetTimeout: config.TRANSLATION_RETRY_AFTER_MS,
      rollingCountTimeout: 10_000,
      errorThresholdPercentage: 50,
      volumeThreshold: 3,
      // The engine refusing one request (unsupported language, text too long) does not mean it is down.
      errorFilter: (error: unknown) => error instanceof EngineError && !error.transient,
    });
    this.breaker.on('open', () => this.logger.warn('translation engine failing: not called for a while'));
    this.breaker.on('close', () => this.logger.log('translation engine answering again'));
  }

  get enabled(): boolean {
    return this.provider !== null;
  }

  /** True while the breaker keeps the engine from being called. */
  get engineDown(): boolean {
    return this.breaker.opened;
  }

  onModuleDestroy(): void {
    this.breaker.shutdown();
  }

  /**
   * The text (Markdown) in `to`: its words translated run by run, its markup as written. From the
   * cache when it holds it; else one engine call (a batch of the text's runs), shared by everyone
   * asking for the same text and languages meanwhile. Throws `translation_unavailable`, and
   * TranslationSourceGone when `guard` says the text is no longer wanted.
   */
  async translate(text: string, from: Language, to: Language, guard?: SourceGuard): Promise<string> {
    if (from === to) return text;
    const version = await this.version();
    const hash = sha256(text);
    const key = `${version}|${from}|${to}|${hash}`;
    const recent = this.recent.get(key);
    if (recent !== undefined) return recent;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.translateOnce(text, hash, from, to, version, guard)
        .then((translated) => {
          this.recent.set(key, translated);
          return translated;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /**
   * The language of a text, when the engine recognises one of the platform's with confidence; null
   * when it cannot say (or is unavailable). Never throws: the caller falls back to what it knows.
   */
  async detect(text: string): Promise<Language | null> {
    const words = splitRuns(text)
      .filter((piece) => piece.translate)
      .map((piece) => piece.text)
      .join('\n');
    if (!this.provider || !words.trim()) return null;
    try {
      const provider = this.provider;
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('detection budget spent')), DETECT_BUDGET_MS)));
      const candidates = await Promise.race([this.call(() => provider.detect(words)), budget]).finally(() => clearTimeout(timer));
      const best = candidates.find((c) => (LANGUAGES as readonly string[]).includes(c.language));
      return best && best.confidence >= DETECTION_CONFIDENCE && best === candidates[0] ? (best.language as Language) : null;
    } catch {
      return null;
    }
  }

  /** Deletes every cached translation of these texts (a message edited, hidden or deleted). */
  async forget(texts: (string | null | undefined)[]): Promise<void> {
    const hashes = [...new Set(texts.filter((t): t is string => !!t).map(sha256))];
    await Promise.all([...this.writes]);
    for (const key of this.recent.keys()) if (hashes.some((hash) => key.endsWith(`|${hash}`))) this.recent.delete(key);
    if (hashes.length) await this.dataSource.query(`DELETE FROM translations WHERE source_hash = ANY($1::char(64)[])`, [hashes]);
  }

  /** Resolves once the cache rows being written are written (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.writes]);
  }

  /** The engine's version (cached); part of every cache key. */
  async version(): Promise<string> {
    const provider = this.provider;
    if (!provider) throw new ApiException('translation_disabled');
    if (!this.engineVersion || Date.now() - this.engineVersion.at > VERSION_TTL_MS) {
      const value = this.call(() => provider.version());
      this.engineVersion = { value, at: Date.now() };
      value.catch(() => (this.engineVersion = null));
    }
    return this.engineVersion.value;
  }

  /**
   * The translation from the cache table, or from the engine by exactly one server instance: the
   * first to insert the empty row (the claim) asks the engine; the others poll the row until its
   * text is there. A claim older than `claimTtlMs` belongs to an instance that died or hung, and
   * is taken over. The in-flight map already makes it one request per instance.
   */
  private async translateOnce(text: string, hash: string, from: Language, to: Language, version: string, guard?: SourceGuard): Promise<string> {
    const key = [hash, from, to, version];
    for (let pause = CLAIM_POLL_MS; ; pause = Math.min(pause * 2, CLAIM_POLL_MAX_MS)) {
      const rows = await this.dataSource.query<{ translated_text: string | null }[]>(
        `SELECT translated_text FROM translations
          WHERE source_hash = $1 AND source_language = $2 AND target_language = $3 AND engine_version = $4`,
        key,
      );
      if (rows[0]?.translated_text != null) return rows[0].translated_text;
      // The claim is taken only while the text is still wanted: a text hidden while this instance
      // waited for another's claim (which the hide deleted) is not translated again.
      const claimed = await this.guarded(guard, (manager) =>
        manager.query<unknown[]>(
          `INSERT INTO translations (source_hash, source_language, target_language, engine_version, translated_text)
           VALUES ($1, $2, $3, $4, NULL)
           ON CONFLICT (source_hash, source_language, target_language, engine_version) DO UPDATE SET created_at = now()
             WHERE translations.translated_text IS NULL AND translations.created_at < now() - make_interval(secs => $5 / 1000.0)
           RETURNING 1`,
          [...key, this.claimTtlMs],
        ),
      );
      if (claimed.length) return this.translateClaimed(text, key);
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  private async translateClaimed(text: string, key: string[]): Promise<string> {
    const [, from, to] = key as [string, Language, Language, string];
    const pieces = splitRuns(text);
    const runs = [...new Set(pieces.filter((p) => p.translate).map((p) => p.text))];
    const provider = this.provider!;
    let translated: string[];
    try {
      translated = runs.length ? await this.call(() => provider.translateBatch(runs, from, to)) : [];
    } catch (error) {
      // Given up: another instance (or a later request) may claim it again.
      await this.release(key);
      throw error;
    }
    const byRun = new Map(runs.map((run, i) => [run, translated[i] ?? run]));
    const result = joinRuns(pieces, (run) => byRun.get(run) ?? run);
    // Stored while the waiting readers are already answered (the memory cache holds it meanwhile);
    // forget() waits for these writes, and deletes the claim, so a text hidden meanwhile leaves
    // nothing behind (the update then finds no row, and the guard keeps it from being claimed again).
    const write: Promise<unknown> = this.dataSource
      .query(
        `UPDATE translations SET translated_text = $5
          WHERE source_hash = $1 AND source_language = $2 AND target_language = $3 AND engine_version = $4 AND translated_text IS NULL`,
        [...key, result],
      )
      .catch((error: unknown) => this.logger.warn(`translation not cached: ${String(error)}`))
      .finally(() => this.writes.delete(write));
    this.writes.add(write);
    return result;
  }

  /** Runs `work` in a transaction after `guard` said the text is still wanted (its row locked until commit). */
  private async guarded<T>(guard: SourceGuard | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!guard) return work(this.dataSource.manager);
    return this.dataSource.transaction(async (manager) => {
      if (!(await guard(manager))) throw new TranslationSourceGone();
      return work(manager);
    });
  }

  /** Gives a claim up: another instance (or a later request) may claim it again. */
  private async release(key: string[]): Promise<void> {
    await this.dataSource
      .query(
        `DELETE FROM translations WHERE source_hash = $1 AND source_language = $2 AND target_language = $3 AND engine_version = $4
           AND translated_text IS NULL`,
        key,
      )
      .catch((failure: unknown) => this.logger.warn(`translation claim not released: ${String(failure)}`));
  }

  /** One engine call through the breaker and the limit; any failure becomes `translation_unavailable`. */
  private async call<T>(task: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(task)) as T;
    } catch (error) {
      if (!(error instanceof EngineError) || error.transient) this.logger.warn(`translation engine: ${String(error)}`);
      throw new ApiException('translation_unavailable');
    }
  }

  private async withRetries<T>(task: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await task();
      } catch (error) {
        const retry = error instanceof EngineError && error.status !== undefined && error.transient && attempt < ATTEMPTS;
        if (!retry) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
      }
    }
  }
}
