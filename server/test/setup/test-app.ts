import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createApp } from '../../src/app.factory.js';
import { freePort } from '../../src/common/net/free-port.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { Mailbox } from './mailbox.js';
import { createTestDatabase } from './test-database.js';
import { ApiClient } from './api-client.js';

export interface TestApp {
  app: NestExpressApplication;
  config: Config;
  url: string;
  mailbox: Mailbox;
  dataSource: DataSource;
  /** A fresh client with its own cookie jar (a browser of its own). */
  client(language?: string): ApiClient;
  close(): Promise<void>;
}

/**
 * The whole server on a fresh database, listening on loopback, sending mail to a real SMTP peer.
 * `databaseUrl` starts it on an existing database instead (a restart after a crash).
 */
export async function startTestApp(env: Record<string, string> = {}, options: { databaseUrl?: string } = {}): Promise<TestApp> {
  const [databaseUrl, mailbox, port] = await Promise.all([options.databaseUrl ?? createTestDatabase(), new Mailbox().start(), freePort()]);
  const settings = loadConfig({
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    DATABASE_URL: databaseUrl,
    SMTP_URL: mailbox.url,
    REDIS_URL: '',
    ...env,
  });
  const config: Config = { ...settings, DATABASE_URL: databaseUrl, REDIS_URL: env.REDIS_URL || undefined };
  const app = await createApp(config);
  await app.listen(port, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    config,
    url,
    mailbox,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    client: (language = 'en') => new ApiClient(url, language, config.PUBLIC_URL),
    async close() {
      await app.close();
      await mailbox.stop();
    },
  };
}
