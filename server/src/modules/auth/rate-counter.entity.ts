import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Attempts counted under one key (a sign-in's account and address, an address, a link) within a
 * fixed window that starts with the first attempt. One row per key, bumped by a single upsert.
 */
@Entity('rate_counters')
export class RateCounter {
  @PrimaryColumn('varchar', { length: 400 })
  key: string;

  @Column('int')
  hits: number;

  @Index('rate_counters_window_start_idx')
  @Column('timestamptz', { name: 'window_start' })
  windowStart: Date;
}
