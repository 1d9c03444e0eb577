import { createApp } from '../app.factory.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { DemoSeedService } from '../modules/seed/demo-seed.service.js';

/**
 * The one-shot step of a deployment (`npm run migrate`, the `migrate` service of docker-compose.yml):
 * runs the pending migrations, loads the demo into an empty database when SEED_DEMO is true, and
 * exits. Servers do the same at start, under the same advisory locks, so with this step done first
 * they find nothing to do; run at the same moment, they would still not race.
 */
async function migrate(): Promise<void> {
  const settings = loadConfig();
  if (!settings.DATABASE_URL) throw new ConfigError('The migrate step needs DATABASE_URL (npm start migrates its embedded database by itself).');
  // Creating the app runs the migrations (see AppModule); the demo seed needs the modules started,
  // as the job queue takes the jobs it sends.
  const app = await createApp({ ...settings, DATABASE_URL: settings.DATABASE_URL });
  try {
    await app.init();
    const seeded = settings.SEED_DEMO && (await app.get(DemoSeedService).seedIfEmpty());
    console.log(seeded ? 'Migrated the database and loaded the demo data.' : 'Migrated the database; no demo data to load.');
  } finally {
    await app.close();
  }
}

migrate().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
