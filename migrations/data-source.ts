import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../server/src/database/entities.js';
import { MIGRATIONS } from './index.js';

// DATE columns hold calendar days in an edition's time zone: keep them as 'YYYY-MM-DD' strings
// instead of letting pg turn them into Dates at the server's local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // gen_random_uuid() is built into PostgreSQL 13+; uuid-ossp would need an extension.
    uuidExtension: 'pgcrypto',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
