import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1795352971502 implements MigrationInterface {
  name = 'CreateFoundation1795352971502';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_in_failures" ("id" BIGSERIAL NOT NULL, "email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa4e2048c06590424ef01bfd171" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sign_in_failures_ip_idx" ON "sign_in_failures"  ("ip", "at") `);
    await queryRunner.query(`CREATE INDEX "sign_in_failures_email_idx" ON "sign_in_failures"  ("email", "at") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "password_hash" character varying(300), "country" character varying(2), "ilo_region" character varying(30), "organisation" character varying(300), "constituency_group" character varying(40), "language" character varying(2) NOT NULL DEFAULT 'en', "time_zone" character varying(64) NOT NULL DEFAULT 'UTC', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "user_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "purpose" character varying(20) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_63764db9d9aaa4af33e07b2f4bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_tokens_token_hash_key" ON "user_tokens"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "user_tokens_user_id_idx" ON "user_tokens"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "courses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "courses_code_key" ON "courses"  ("code") `);
    await queryRunner.query(`CREATE TABLE "editions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "course_id" uuid NOT NULL, "title" jsonb NOT NULL, "venue" character varying(300) NOT NULL, "time_zone" character varying(64) NOT NULL, "default_language" character varying(2) NOT NULL, "languages" character varying(2) array NOT NULL, "pre_learning_opens" date NOT NULL, "pre_learning_closes" date NOT NULL, "face_to_face_start" date NOT NULL, "face_to_face_end" date NOT NULL, "post_learning_opens" date NOT NULL, "post_learning_closes" date, "elective_deadline" date NOT NULL, "impact_assessment_on" date NOT NULL, CONSTRAINT "PK_a04f035dd7a1c3f344481cb6a2e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "editions_code_key" ON "editions"  ("code") `);
    await queryRunner.query(`CREATE TABLE "enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'invited', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "enrolments_edition_user_key" UNIQUE ("edition_id", "user_id"), CONSTRAINT "PK_6e79971fbd26967c4da9ed52770" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "enrolments_user_id_idx" ON "enrolments"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "email_deliveries" ("key" character varying(200) NOT NULL, "recipient" character varying(254) NOT NULL, "template" character varying(40) NOT NULL, "status" character varying(20) NOT NULL, "error" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f75a0533d72d0b3454cac14fc80" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "email_deliveries_recipient_idx" ON "email_deliveries"  ("recipient") `);
    await queryRunner.query(`CREATE TABLE "programme_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "room" character varying(100) NOT NULL DEFAULT '', "format" character varying(30) NOT NULL, CONSTRAINT "PK_9df88e01ae293f3302b4dbb058d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "programme_sessions_item_idx" ON "programme_sessions"  ("item_id") `);
    await queryRunner.query(`CREATE TABLE "programme_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "number" integer NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "block" character varying(20), "capacity" integer, "modalities" character varying(30) array NOT NULL DEFAULT '{}', "sdgs" integer array NOT NULL DEFAULT '{}', CONSTRAINT "PK_bc2829d55b9dc95a4afcf68190f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "programme_items_edition_idx" ON "programme_items"  ("edition_id", "kind", "number") `);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_tokens" ADD CONSTRAINT "FK_9e144a67be49e5bba91195ef5de" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "editions" ADD CONSTRAINT "FK_71834f21c33c5788d15283959cf" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "FK_2d7732a3d4c28ef6d356cfbb5f2" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolments" ADD CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_sessions" ADD CONSTRAINT "FK_a2daad9c0a8f816a18dcc1046c9" FOREIGN KEY ("item_id") REFERENCES "programme_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "programme_items" ADD CONSTRAINT "FK_ee29fab5e79ea0af9cdcb015be4" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "programme_items" DROP CONSTRAINT "FK_ee29fab5e79ea0af9cdcb015be4"`);
    await queryRunner.query(`ALTER TABLE "programme_sessions" DROP CONSTRAINT "FK_a2daad9c0a8f816a18dcc1046c9"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_7eb4b01f52fb0ce0e3136d87c76"`);
    await queryRunner.query(`ALTER TABLE "enrolments" DROP CONSTRAINT "FK_2d7732a3d4c28ef6d356cfbb5f2"`);
    await queryRunner.query(`ALTER TABLE "editions" DROP CONSTRAINT "FK_71834f21c33c5788d15283959cf"`);
    await queryRunner.query(`ALTER TABLE "user_tokens" DROP CONSTRAINT "FK_9e144a67be49e5bba91195ef5de"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`DROP INDEX "public"."programme_items_edition_idx"`);
    await queryRunner.query(`DROP TABLE "programme_items"`);
    await queryRunner.query(`DROP INDEX "public"."programme_sessions_item_idx"`);
    await queryRunner.query(`DROP TABLE "programme_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."email_deliveries_recipient_idx"`);
    await queryRunner.query(`DROP TABLE "email_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."enrolments_user_id_idx"`);
    await queryRunner.query(`DROP TABLE "enrolments"`);
    await queryRunner.query(`DROP INDEX "public"."editions_code_key"`);
    await queryRunner.query(`DROP TABLE "editions"`);
    await queryRunner.query(`DROP INDEX "public"."courses_code_key"`);
    await queryRunner.query(`DROP TABLE "courses"`);
    await queryRunner.query(`DROP INDEX "public"."user_tokens_user_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_tokens_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_failures_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_failures_ip_idx"`);
    await queryRunner.query(`DROP TABLE "sign_in_failures"`);
  }
}
