import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A translations row without text is a claim: the server instance that inserted it is asking the
 * engine, and the other instances wait for its text instead of asking too.
 */
export class ClaimTranslations1796241876520 implements MigrationInterface {
  name = 'ClaimTranslations1796241876520';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "translations" ALTER COLUMN "translated_text" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "translations" WHERE "translated_text" IS NULL`);
    await queryRunner.query(`ALTER TABLE "translations" ALTER COLUMN "translated_text" SET NOT NULL`);
  }
}
