import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../migrations/data-source.js';
import { MIGRATIONS } from '../../../migrations/index.js';
import { createEmptyDatabase } from '../setup/test-database.js';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = createDataSource(await createEmptyDatabase());
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('run up from an empty database', async () => {
    const applied = await dataSource.runMigrations();
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
    const tables = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
      expect.arrayContaining(['users', 'sessions', 'editions', 'programme_items']),
    );
  });

  it('leave nothing to generate: the entities and the migrations agree', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('run down to empty and up again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    const tables = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toEqual([]);
    await dataSource.runMigrations();
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });

  it('turn venues and rooms stored as plain text into localized text in the edition’s default language', async () => {
    const name = 'LocalizePlaceNames1796241675546';
    while ((await dataSource.query(`SELECT 1 FROM migrations WHERE name = $1`, [name])).length) await dataSource.undoLastMigration();
    // Written as SQL on purpose: the rows must exist in the schema from before the migration.
    const [course] = await dataSource.query(`INSERT INTO courses (code, title) VALUES ('MIG', '{"en":"Course"}') RETURNING id`);
    const insertEdition = (code: string, language: string, venue: string) =>
      dataSource.query(
        `INSERT INTO editions (code, course_id, title, venue, time_zone, default_language, languages, pre_learning_opens, pre_learning_closes,
           face_to_face_start, face_to_face_end, post_learning_opens, elective_deadline, impact_assessment_on)
         VALUES ($1, $2, '{"en":"E"}', $3, 'Europe/Rome', $4, ARRAY[$4]::varchar[], '2016-06-01', '2016-07-10', '2016-07-11', '2016-07-15',
           '2016-07-16', '2016-07-01', '2016-11-15') RETURNING id`,
        [code, course.id, venue, language],
      );
    const [english] = await insertEdition('MIG-EN', 'en', 'Turin');
    const [french] = await insertEdition('MIG-FR', 'fr', 'Campus de Turin');
    const session = async (editionId: string, room: string) => {
      const [item] = await dataSource.query(
        `INSERT INTO programme_items (edition_id, kind, number, title) VALUES ($1, 'panel', 1, '{"en":"Panel"}') RETURNING id`,
        [editionId],
      );
      await dataSource.query(
        `INSERT INTO programme_sessions (item_id, starts_at, ends_at, room, format) VALUES ($1, '2016-07-11T07:00Z', '2016-07-11T08:00Z', $2, 'fishbowl')`,
        [item.id, room],
      );
      return item.id as string;
    };
    const englishItem = await session(english.id, 'Plenary hall');
    const frenchItem = await session(french.id, 'Salle plénière');
    const unnamedItem = await session(french.id, '');

    await dataSource.runMigrations();
    const venues = await dataSource.query(`SELECT code, venue FROM editions WHERE code LIKE 'MIG-%' ORDER BY code`);
    expect(venues).toEqual([
      { code: 'MIG-EN', venue: { en: 'Turin' } },
      { code: 'MIG-FR', venue: { fr: 'Campus de Turin' } },
    ]);
    const room = async (itemId: string) => (await dataSource.query(`SELECT room FROM programme_sessions WHERE item_id = $1`, [itemId]))[0].room;
    expect(await room(englishItem)).toEqual({ en: 'Plenary hall' });
    expect(await room(frenchItem)).toEqual({ fr: 'Salle plénière' });
    expect(await room(unnamedItem)).toEqual({});
  });
});
