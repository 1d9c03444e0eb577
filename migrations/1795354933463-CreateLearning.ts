import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLearning1795354933463 implements MigrationInterface {
  name = 'CreateLearning1795354933463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "learning_units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "programme_item_id" uuid, "position" integer NOT NULL, "title" jsonb NOT NULL, "body" jsonb NOT NULL DEFAULT '{}', "key_questions" jsonb NOT NULL DEFAULT '[]', "resources" jsonb NOT NULL DEFAULT '[]', "estimated_minutes" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e266692b6ae919a83356efe08f6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "learning_units_programme_item_idx" ON "learning_units"  ("programme_item_id") `);
    await queryRunner.query(`CREATE INDEX "learning_units_edition_position_idx" ON "learning_units"  ("edition_id", "position") `);
    await queryRunner.query(`CREATE TABLE "learning_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "user_id" uuid NOT NULL, "edition_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "learning_progress_unit_user_key" UNIQUE ("unit_id", "user_id"), CONSTRAINT "PK_16865bc62510342e53570c3a31f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "learning_progress_user_idx" ON "learning_progress"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "learning_progress_edition_idx" ON "learning_progress"  ("edition_id") `);
    await queryRunner.query(`CREATE TABLE "learning_reminders" ("edition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ed9452ac002f9b11ca2e95d9343" PRIMARY KEY ("edition_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "learning_settings" ("edition_id" uuid NOT NULL, "reminder_days_before" integer NOT NULL DEFAULT '7', CONSTRAINT "PK_6822799746bb49a06fbe37db2c3" PRIMARY KEY ("edition_id"))`);
    await queryRunner.query(`ALTER TABLE "learning_units" ADD CONSTRAINT "FK_d7fd80eab5415aa67fd1ce79c91" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_units" ADD CONSTRAINT "FK_54325c91b316117505d2d2b2de8" FOREIGN KEY ("programme_item_id") REFERENCES "programme_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_progress" ADD CONSTRAINT "FK_776d94315164f91f7178c94249f" FOREIGN KEY ("unit_id") REFERENCES "learning_units"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_progress" ADD CONSTRAINT "FK_f85487335c601f4077cf99c2540" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_reminders" ADD CONSTRAINT "FK_a79b79faf9e510abc51192fc30f" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_reminders" ADD CONSTRAINT "FK_dd9d906dee62a84c7c2c1df78c3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "learning_settings" ADD CONSTRAINT "FK_6822799746bb49a06fbe37db2c3" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_settings" DROP CONSTRAINT "FK_6822799746bb49a06fbe37db2c3"`);
    await queryRunner.query(`ALTER TABLE "learning_reminders" DROP CONSTRAINT "FK_dd9d906dee62a84c7c2c1df78c3"`);
    await queryRunner.query(`ALTER TABLE "learning_reminders" DROP CONSTRAINT "FK_a79b79faf9e510abc51192fc30f"`);
    await queryRunner.query(`ALTER TABLE "learning_progress" DROP CONSTRAINT "FK_f85487335c601f4077cf99c2540"`);
    await queryRunner.query(`ALTER TABLE "learning_progress" DROP CONSTRAINT "FK_776d94315164f91f7178c94249f"`);
    await queryRunner.query(`ALTER TABLE "learning_units" DROP CONSTRAINT "FK_54325c91b316117505d2d2b2de8"`);
    await queryRunner.query(`ALTER TABLE "learning_units" DROP CONSTRAINT "FK_d7fd80eab5415aa67fd1ce79c91"`);
    await queryRunner.query(`DROP TABLE "learning_settings"`);
    await queryRunner.query(`DROP TABLE "learning_reminders"`);
    await queryRunner.query(`DROP INDEX "public"."learning_progress_edition_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_progress_user_idx"`);
    await queryRunner.query(`DROP TABLE "learning_progress"`);
    await queryRunner.query(`DROP INDEX "public"."learning_units_edition_position_idx"`);
    await queryRunner.query(`DROP INDEX "public"."learning_units_programme_item_idx"`);
    await queryRunner.query(`DROP TABLE "learning_units"`);
  }
}
