import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgrammeEnrolments1795354459821 implements MigrationInterface {
  name = 'AddProgrammeEnrolments1795354459821';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_feeds" ("user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3212ce9ff23847e66347a6730d3" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "enrolment_imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "created_by" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "status" character varying(20) NOT NULL, "total" integer NOT NULL, "valid" integer NOT NULL, "invalid" integer NOT NULL, "creates" integer NOT NULL, "updates" integer NOT NULL, "processed" integer NOT NULL DEFAULT '0', "error" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5871d9dd635b724dc0cff459347" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "enrolment_imports_edition_idx" ON "enrolment_imports"  ("edition_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "enrolment_import_rows" ("import_id" uuid NOT NULL, "line" integer NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "country" character varying(2), "organisation" character varying(300), "constituency_group" character varying(40), "language" character varying(2), "cohort_name" character varying(120), "cohort_id" uuid, "action" character varying(20) NOT NULL, "problems" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_4092c211334e6b0be7ce6113121" PRIMARY KEY ("import_id", "line"))`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "programme_items" ADD "resource_persons" character varying(200) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "elective_choices_edition_user_block_key" ON "elective_choices"  ("edition_id", "user_id", "block") `);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment_imports" ADD CONSTRAINT "FK_342a1fea17ed85c323413ee8a4b" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment_import_rows" ADD CONSTRAINT "FK_e4f1e2a88d5d4d4114938e18af4" FOREIGN KEY ("import_id") REFERENCES "enrolment_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "elective_choices" ADD CONSTRAINT "FK_792afbd11bbf38cc35393de2e6f" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "elective_choices" DROP CONSTRAINT "FK_792afbd11bbf38cc35393de2e6f"`);
    await queryRunner.query(`ALTER TABLE "enrolment_import_rows" DROP CONSTRAINT "FK_e4f1e2a88d5d4d4114938e18af4"`);
    await queryRunner.query(`ALTER TABLE "enrolment_imports" DROP CONSTRAINT "FK_342a1fea17ed85c323413ee8a4b"`);
    await queryRunner.query(`ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_3212ce9ff23847e66347a6730d3"`);
    await queryRunner.query(`DROP INDEX "public"."elective_choices_edition_user_block_key"`);
    await queryRunner.query(`ALTER TABLE "programme_items" DROP COLUMN "resource_persons"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`DROP TABLE "enrolment_import_rows"`);
    await queryRunner.query(`DROP INDEX "public"."enrolment_imports_edition_idx"`);
    await queryRunner.query(`DROP TABLE "enrolment_imports"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_feeds_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
  }
}
