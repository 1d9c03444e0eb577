/**
 * Keys of the PostgreSQL advisory locks that keep several servers (replicas, a migrate step)
 * from doing the same one-time work at once. One list, so that no two uses share a key.
 */
export const ADVISORY_LOCKS = {
  /** Held for the whole migration run, on a connection of its own (session lock). */
  migrations: 7_380_016_001,
  /** Held by the transaction that loads the demo into an empty database. */
  demoSeed: 7_380_016_002,
} as const;
