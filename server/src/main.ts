import path from 'node:path';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database.js';
import { createApp } from './app.factory.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DemoSeedService } from './modules/seed/demo-seed.service.js';

async function main(): Promise<void> {
  const settings = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!settings.DATABASE_URL) {
    console.log(`Starting the embedded PostgreSQL under ${path.join(settings.DATA_DIR, 'postgres')} …`);
    // Its errors are one sentence saying why and what to do (another `npm start` on the folder, …).
    embedded = await startEmbeddedDatabase(path.join(settings.DATA_DIR, 'postgres'), 'sstc', (line) => console.log(line));
  }
  const config: Config = { ...settings, DATABASE_URL: settings.DATABASE_URL ?? embedded!.url };
  const app = await createApp(config).catch(async (error: unknown) => {
    await embedded?.stop();
    throw error;
  });
  // Modules start (the job queue among them) before the demo seed, which queues jobs in its transaction.
  await app.init();
  const seeded = config.SEED_DEMO && (await app.get(DemoSeedService).seedIfEmpty());
  await app.listen(config.PORT, config.HOST);

  console.log(`\nSSTC Academy is running at ${config.PUBLIC_URL}`);
  if (seeded || config.SEED_DEMO) {
    console.log(`Demo sign-ins (password: ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(12)} ${account.email}  (${account.language})`);
  }
  console.log('Press Ctrl-C to stop.\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
