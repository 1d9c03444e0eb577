import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Venues and session rooms become localized text like titles. A name typed before was written in
 * the edition's default language (the only language the form asked for), so it is kept under it;
 * an empty room becomes {} (no name in any language).
 */
export class LocalizePlaceNames1796241675546 implements MigrationInterface {
  name = 'LocalizePlaceNames1796241675546';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "editions" ALTER COLUMN "venue" TYPE jsonb USING jsonb_build_object("default_language", "venue")`);
    // The room's language lives on its edition, two joins away: a USING clause cannot query, so copy through a new column.
    await queryRunner.query(`ALTER TABLE "programme_sessions" ADD "room_text" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE "programme_sessions" s SET "room_text" = jsonb_build_object(e."default_language", s."room")
       FROM "programme_items" i JOIN "editions" e ON e."id" = i."edition_id"
       WHERE i."id" = s."item_id" AND btrim(s."room") <> ''`,
    );
    await queryRunner.query(`ALTER TABLE "programme_sessions" DROP COLUMN "room"`);
    await queryRunner.query(`ALTER TABLE "programme_sessions" RENAME COLUMN "room_text" TO "room"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to one name: the default language's, else the first language that has one.
    const oneName = (column: string, defaultLanguage: string, length: number) =>
      `left(coalesce(nullif(${column} ->> ${defaultLanguage}, ''), nullif(${column} ->> 'en', ''), nullif(${column} ->> 'es', ''), nullif(${column} ->> 'fr', ''), nullif(${column} ->> 'pt', ''), ''), ${length})`;
    await queryRunner.query(`ALTER TABLE "programme_sessions" ADD "room_text" character varying(100) NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `UPDATE "programme_sessions" s SET "room_text" = ${oneName('s."room"', 'e."default_language"', 100)}
       FROM "programme_items" i JOIN "editions" e ON e."id" = i."edition_id"
       WHERE i."id" = s."item_id"`,
    );
    await queryRunner.query(`ALTER TABLE "programme_sessions" DROP COLUMN "room"`);
    await queryRunner.query(`ALTER TABLE "programme_sessions" RENAME COLUMN "room_text" TO "room"`);
    await queryRunner.query(`ALTER TABLE "editions" ALTER COLUMN "venue" TYPE character varying(300) USING ${oneName('"venue"', '"default_language"', 300)}`);
  }
}
