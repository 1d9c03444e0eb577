import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../config/config.js';
import { createDataSource } from '../../../migrations/data-source.js';
import { startEmbeddedDatabase } from './embedded-database.js';

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'migrations');

/**
 * Compares the entities with a database migrated to the latest version and writes the difference
 * as a new migration (with its down), then rewrites migrations/index.ts.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: npm run migration:generate -- VerbNoun');
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedDatabase(path.join(config.DATA_DIR, 'postgres'), 'sstc_migrations');
  const dataSource = createDataSource(config.DATABASE_URL ?? embedded!.url);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
    if (upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const render = (queries: { query: string; parameters?: unknown[] }[]) =>
      queries
        .map(
          (q) =>
            `    await queryRunner.query(\`${q.query.replace(/[`\\]|\$\{/g, (m) => `\\${m}`)}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
        )
        .join('\n');
    const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${render(upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${render([...downQueries].reverse())}
  }
}
`;
    await writeFile(path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`), source);
    await writeIndex();
    console.log(`Wrote migrations/${timestamp}-${name}.ts`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

async function writeIndex(): Promise<void> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f)).sort();
  const imports = files.map((f) => {
    const [timestamp, name] = f.replace(/\.ts$/, '').split('-');
    return { file: f.replace(/\.ts$/, '.js'), className: `${name}${timestamp}` };
  });
  const source = `// Written by \`npm run migration:generate\`: every migration, oldest first.
${imports.map((i) => `import { ${i.className} } from './${i.file}';`).join('\n')}

export const MIGRATIONS = [${imports.map((i) => i.className).join(', ')}];
`;
  await writeFile(path.join(MIGRATIONS_DIR, 'index.ts'), source);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
