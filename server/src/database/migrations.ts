import { DataSource, type DataSourceOptions } from 'typeorm';
import { ADVISORY_LOCKS } from './advisory-locks.js';

/** An initialized data source on a database whose pending migrations have run (see below). */
export async function migratedDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  try {
    await runMigrationsUnderLock(dataSource);
  } catch (error) {
    // TypeOrmModule retries with a fresh data source: this one must not keep its pool open.
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/**
 * Runs the pending migrations while holding a session advisory lock, so that servers started at
 * once on one database migrate one after the other: the first applies them, the others then find
 * nothing pending. TypeORM takes no lock of its own (two runs both create the migrations table and
 * both apply the first migration). The lock dies with the connection if the process does.
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.migrations]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.migrations]);
    }
  } finally {
    await runner.release();
  }
}
