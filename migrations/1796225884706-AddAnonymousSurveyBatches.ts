import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAnonymousSurveyBatches1796225884706 implements MigrationInterface {
  name = 'AddAnonymousSurveyBatches1796225884706';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "survey_response_pool" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "answers" jsonb NOT NULL, CONSTRAINT "PK_d40616ffff6456355fce2920198" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "survey_response_pool_survey_id_idx" ON "survey_response_pool"  ("survey_id") `);
    await queryRunner.query(`ALTER TABLE "surveys" ADD "min_group_size" integer NOT NULL DEFAULT '5'`);
    await queryRunner.query(`ALTER TABLE "surveys" ADD "results_published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "surveys" ADD CONSTRAINT "surveys_min_group_size_check" CHECK ("min_group_size" >= 3)`);
    await queryRunner.query(`ALTER TABLE "survey_response_pool" ADD CONSTRAINT "FK_13e0c3bf5add4805d769e54998e" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_response_pool" DROP CONSTRAINT "FK_13e0c3bf5add4805d769e54998e"`);
    await queryRunner.query(`ALTER TABLE "surveys" DROP CONSTRAINT "surveys_min_group_size_check"`);
    await queryRunner.query(`ALTER TABLE "surveys" DROP COLUMN "results_published_at"`);
    await queryRunner.query(`ALTER TABLE "surveys" DROP COLUMN "min_group_size"`);
    await queryRunner.query(`DROP INDEX "public"."survey_response_pool_survey_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_response_pool"`);
  }
}
