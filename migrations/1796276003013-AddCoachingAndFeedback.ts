import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCoachingAndFeedback1796276003013 implements MigrationInterface {
  name = 'AddCoachingAndFeedback1796276003013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "coaching_slots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "facilitator_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" character varying(64) NOT NULL, "duration_minutes" integer NOT NULL, "meeting_link" text, "place" character varying(300), "language" character varying(2) NOT NULL, "programme_item_id" uuid, "need" character varying(500), "capacity" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "coaching_slots_where_check" CHECK ("meeting_link" IS NOT NULL OR "place" IS NOT NULL), CONSTRAINT "coaching_slots_capacity_check" CHECK ("capacity" >= 1), CONSTRAINT "PK_137db1cbe8c9842b95cf1c78a63" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "coaching_slots_facilitator_idx" ON "coaching_slots"  ("facilitator_id") `);
    await queryRunner.query(`CREATE INDEX "coaching_slots_edition_starts_idx" ON "coaching_slots"  ("edition_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "coaching_bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slot_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "notes" text, CONSTRAINT "PK_1b9d600dbfa28f05f5f2c410a9c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "coaching_bookings_participant_idx" ON "coaching_bookings"  ("participant_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "coaching_bookings_live_idx" ON "coaching_bookings"  ("slot_id", "participant_id") WHERE "cancelled_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "edition_feedback" ("edition_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "question_keys" jsonb NOT NULL DEFAULT '[]', "note" jsonb NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e393a39bfa29e055f37207b19e6" PRIMARY KEY ("edition_id"))`);
    await queryRunner.query(`ALTER TABLE "coaching_slots" ADD CONSTRAINT "FK_509d5ba76f08a5891e14a8bc50a" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coaching_slots" ADD CONSTRAINT "FK_8cb34d1de733e6002a2cd555596" FOREIGN KEY ("facilitator_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coaching_slots" ADD CONSTRAINT "FK_a488becd62a6ce952f2fdf77305" FOREIGN KEY ("programme_item_id") REFERENCES "programme_items"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coaching_bookings" ADD CONSTRAINT "FK_adeabce4cc53a0f9ff09d7fe315" FOREIGN KEY ("slot_id") REFERENCES "coaching_slots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "coaching_bookings" ADD CONSTRAINT "FK_023e871ca1ef26021925a37c3ad" FOREIGN KEY ("participant_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "edition_feedback" ADD CONSTRAINT "FK_e393a39bfa29e055f37207b19e6" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "edition_feedback" ADD CONSTRAINT "FK_2f50752512a5beb625cdd2f1e0e" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "edition_feedback" DROP CONSTRAINT "FK_2f50752512a5beb625cdd2f1e0e"`);
    await queryRunner.query(`ALTER TABLE "edition_feedback" DROP CONSTRAINT "FK_e393a39bfa29e055f37207b19e6"`);
    await queryRunner.query(`ALTER TABLE "coaching_bookings" DROP CONSTRAINT "FK_023e871ca1ef26021925a37c3ad"`);
    await queryRunner.query(`ALTER TABLE "coaching_bookings" DROP CONSTRAINT "FK_adeabce4cc53a0f9ff09d7fe315"`);
    await queryRunner.query(`ALTER TABLE "coaching_slots" DROP CONSTRAINT "FK_a488becd62a6ce952f2fdf77305"`);
    await queryRunner.query(`ALTER TABLE "coaching_slots" DROP CONSTRAINT "FK_8cb34d1de733e6002a2cd555596"`);
    await queryRunner.query(`ALTER TABLE "coaching_slots" DROP CONSTRAINT "FK_509d5ba76f08a5891e14a8bc50a"`);
    await queryRunner.query(`DROP TABLE "edition_feedback"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_bookings_live_idx"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_bookings_participant_idx"`);
    await queryRunner.query(`DROP TABLE "coaching_bookings"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_slots_edition_starts_idx"`);
    await queryRunner.query(`DROP INDEX "public"."coaching_slots_facilitator_idx"`);
    await queryRunner.query(`DROP TABLE "coaching_slots"`);
  }
}
