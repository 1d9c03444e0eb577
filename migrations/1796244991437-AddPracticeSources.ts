import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPracticeSources1796244991437 implements MigrationInterface {
  name = 'AddPracticeSources1796244991437';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practices" ADD "source_interview_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "practices_source_interview_id_key" ON "practices"  ("source_interview_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."practices_source_interview_id_key"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP COLUMN "source_interview_id"`);
  }
}
