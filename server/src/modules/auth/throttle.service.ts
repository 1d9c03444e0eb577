import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApiException } from '../../common/http/api.exception.js';

const WINDOW_SECONDS = 15 * 60;
/** Expired counters deleted per write that opens a new window: bounded work, and the table stays small. */
const PRUNE_BATCH = 100;

/** At most `max` attempts under `key` per window. */
export interface Limit {
  key: string;
  max: number;
}

/**
 * Counts attempts (sign-ins, link redemptions) per key in fixed 15-minute windows. An attempt is
 * counted before it is checked, by one upsert per key: of twenty concurrent guesses, exactly the
 * first `max` go through, whatever the timing. Callers forget or give back the count of what
 * succeeded, so the counters hold failures (and attempts in flight).
 */
@Injectable()
export class ThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts one attempt under every key; refuses it with `code` (429, retryAfter) if any key is then over its limit. */
  async take(code: 'sign_in_throttled' | 'too_many_requests', limits: Limit[]): Promise<void> {
    // Keys in one order, so that two statements never wait on each other's rows.
    const sorted = [...limits].sort((a, b) => a.key.localeCompare(b.key));
    const rows: { key: string; hits: number; ends: number }[] = await this.dataSource.query(
      `INSERT INTO rate_counters AS c (key, hits, window_start)
       SELECT key, 1, now() FROM unnest($1::varchar[]) AS key
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN c.window_start > now() - make_interval(secs => $2) THEN c.hits + 1 ELSE 1 END,
         window_start = CASE WHEN c.window_start > now() - make_interval(secs => $2) THEN c.window_start ELSE now() END
       RETURNING key, hits, extract(epoch FROM window_start)::float8 + $2 AS ends`,
      [sorted.map((limit) => limit.key), WINDOW_SECONDS],
    );
    if (rows.some((row) => row.hits === 1)) await this.prune();
    const over = rows.filter((row) => row.hits > sorted.find((limit) => limit.key === row.key)!.max);
    if (over.length === 0) return;
    const retryAfter = Math.max(1, Math.ceil(Math.max(...over.map((row) => row.ends)) - Date.now() / 1000));
    throw new ApiException(code, { retryAfter });
  }

  /** Drops the counters (after a success that proves the attempts were legitimate: the right password). */
  async forget(keys: string[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_counters WHERE key = ANY($1::varchar[])`, [keys]);
  }

  /** Takes back one attempt under each key (it succeeded, so it was no guess). */
  async giveBack(keys: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE rate_counters SET hits = greatest(hits - 1, 0) WHERE key = ANY($1::varchar[])`, [keys]);
  }

  private async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM rate_counters WHERE key IN (
         SELECT key FROM rate_counters WHERE window_start < now() - make_interval(secs => $1) LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [WINDOW_SECONDS, PRUNE_BATCH],
    );
  }
}
