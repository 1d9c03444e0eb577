import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDiscussions1795354414493 implements MigrationInterface {
  name = 'CreateDiscussions1795354414493';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rooms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "edition_id" uuid, "item_id" uuid, "cohort_id" uuid, "title" jsonb NOT NULL DEFAULT '{}', "locked_at" TIMESTAMP WITH TIME ZONE, "slow_mode_seconds" integer NOT NULL DEFAULT '0', "last_revision" integer NOT NULL DEFAULT '0', "last_message_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0368a2d7c215f2d0458a54933f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "rooms_edition_idx" ON "rooms"  ("edition_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "rooms_cohort_key" ON "rooms"  ("cohort_id") WHERE cohort_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "rooms_item_key" ON "rooms"  ("item_id") WHERE item_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "rooms_edition_key" ON "rooms"  ("edition_id") WHERE kind = 'edition'`);
    await queryRunner.query(`CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "seq" integer NOT NULL, "revision" integer NOT NULL, "client_id" uuid NOT NULL, "author_id" uuid NOT NULL, "kind" character varying(20) NOT NULL DEFAULT 'message', "language" character varying(2) NOT NULL, "body" text NOT NULL, "parent_id" uuid, "reply_count" integer NOT NULL DEFAULT '0', "mentions" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by" uuid, "pinned_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_reason" character varying(500), "hidden_by" uuid, CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "messages_parent_idx" ON "messages"  ("parent_id", "seq") `);
    await queryRunner.query(`CREATE INDEX "messages_room_revision_idx" ON "messages"  ("room_id", "revision") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "messages_room_seq_key" ON "messages"  ("room_id", "seq") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "messages_author_client_key" ON "messages"  ("author_id", "client_id") `);
    await queryRunner.query(`CREATE TABLE "message_edits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "body" text NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_38e8913cdc69c8908540910301c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_edits_message_idx" ON "message_edits"  ("message_id", "edited_at") `);
    await queryRunner.query(`CREATE TABLE "message_reactions" ("message_id" uuid NOT NULL, "user_id" uuid NOT NULL, "emoji" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f5a1f46b4f33ce416f9c192ab29" PRIMARY KEY ("message_id", "user_id", "emoji"))`);
    await queryRunner.query(`CREATE TABLE "message_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "room_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" character varying(20) NOT NULL, "note" character varying(500) NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_59df246edfc1d9203ff93886000" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "message_reports_room_status_idx" ON "message_reports"  ("room_id", "status", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "message_reports_message_reporter_key" ON "message_reports"  ("message_id", "reporter_id") `);
    await queryRunner.query(`CREATE TABLE "moderation_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "actor_id" uuid, "action" character varying(20) NOT NULL, "target_message_id" uuid, "target_user_id" uuid, "reason" character varying(500), "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d259906fb4d2a5ef718f1f66e35" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "moderation_actions_room_idx" ON "moderation_actions"  ("room_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "room_id" uuid NOT NULL, "message_id" uuid, "actor_id" uuid, "excerpt" character varying(300) NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_message_user_kind_key" ON "notifications"  ("message_id", "user_id", "kind") `);
    await queryRunner.query(`CREATE INDEX "notifications_user_idx" ON "notifications"  ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "room_members" ("room_id" uuid NOT NULL, "user_id" uuid NOT NULL, "invited" boolean NOT NULL DEFAULT false, "moderator" boolean NOT NULL DEFAULT false, "last_read_seq" integer NOT NULL DEFAULT '0', "muted_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4ea360161fd5ff21a94ae9d8a6" PRIMARY KEY ("room_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "room_members_user_idx" ON "room_members"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "rooms" ADD CONSTRAINT "FK_645d6341a9a689f62349bccf282" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rooms" ADD CONSTRAINT "FK_9318308d5e548522d0382817771" FOREIGN KEY ("item_id") REFERENCES "programme_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rooms" ADD CONSTRAINT "FK_549a877498a6e9c792ee2f7ded7" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "FK_1dda4fc8dbeeff2ee71f0088ba0" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "FK_05535bc695e9f7ee104616459d3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "FK_932abe146b78bd584b4d1851ce3" FOREIGN KEY ("parent_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_edits" ADD CONSTRAINT "FK_e55266a1aace3c913e81bd129c5" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reactions" ADD CONSTRAINT "FK_ce61e365d81a9dfc15cd36513b0" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reactions" ADD CONSTRAINT "FK_b6d3eda2f99b64016d6a4cf112f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reports" ADD CONSTRAINT "FK_de2e419f2ab433117356de07a5e" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reports" ADD CONSTRAINT "FK_1624c0a74f4919a74b36c73e24f" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_reports" ADD CONSTRAINT "FK_573c48f225e3e46413f895332da" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "moderation_actions" ADD CONSTRAINT "FK_ebe6c8b0925135f127721544d57" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_a722fcbcb0708840a5eae925c44" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_14569f8a49ebb2ed92e9f8ba01c" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "room_members" ADD CONSTRAINT "FK_e6cf45f179a524427ddf8bacd8e" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "room_members" ADD CONSTRAINT "FK_b2d15baf5b46ed9659bd71fbb43" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "room_members" DROP CONSTRAINT "FK_b2d15baf5b46ed9659bd71fbb43"`);
    await queryRunner.query(`ALTER TABLE "room_members" DROP CONSTRAINT "FK_e6cf45f179a524427ddf8bacd8e"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_14569f8a49ebb2ed92e9f8ba01c"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_a722fcbcb0708840a5eae925c44"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`ALTER TABLE "moderation_actions" DROP CONSTRAINT "FK_ebe6c8b0925135f127721544d57"`);
    await queryRunner.query(`ALTER TABLE "message_reports" DROP CONSTRAINT "FK_573c48f225e3e46413f895332da"`);
    await queryRunner.query(`ALTER TABLE "message_reports" DROP CONSTRAINT "FK_1624c0a74f4919a74b36c73e24f"`);
    await queryRunner.query(`ALTER TABLE "message_reports" DROP CONSTRAINT "FK_de2e419f2ab433117356de07a5e"`);
    await queryRunner.query(`ALTER TABLE "message_reactions" DROP CONSTRAINT "FK_b6d3eda2f99b64016d6a4cf112f"`);
    await queryRunner.query(`ALTER TABLE "message_reactions" DROP CONSTRAINT "FK_ce61e365d81a9dfc15cd36513b0"`);
    await queryRunner.query(`ALTER TABLE "message_edits" DROP CONSTRAINT "FK_e55266a1aace3c913e81bd129c5"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_932abe146b78bd584b4d1851ce3"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_05535bc695e9f7ee104616459d3"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_1dda4fc8dbeeff2ee71f0088ba0"`);
    await queryRunner.query(`ALTER TABLE "rooms" DROP CONSTRAINT "FK_549a877498a6e9c792ee2f7ded7"`);
    await queryRunner.query(`ALTER TABLE "rooms" DROP CONSTRAINT "FK_9318308d5e548522d0382817771"`);
    await queryRunner.query(`ALTER TABLE "rooms" DROP CONSTRAINT "FK_645d6341a9a689f62349bccf282"`);
    await queryRunner.query(`DROP INDEX "public"."room_members_user_idx"`);
    await queryRunner.query(`DROP TABLE "room_members"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_message_user_kind_key"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."moderation_actions_room_idx"`);
    await queryRunner.query(`DROP TABLE "moderation_actions"`);
    await queryRunner.query(`DROP INDEX "public"."message_reports_message_reporter_key"`);
    await queryRunner.query(`DROP INDEX "public"."message_reports_room_status_idx"`);
    await queryRunner.query(`DROP TABLE "message_reports"`);
    await queryRunner.query(`DROP TABLE "message_reactions"`);
    await queryRunner.query(`DROP INDEX "public"."message_edits_message_idx"`);
    await queryRunner.query(`DROP TABLE "message_edits"`);
    await queryRunner.query(`DROP INDEX "public"."messages_author_client_key"`);
    await queryRunner.query(`DROP INDEX "public"."messages_room_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."messages_room_revision_idx"`);
    await queryRunner.query(`DROP INDEX "public"."messages_parent_idx"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP INDEX "public"."rooms_edition_key"`);
    await queryRunner.query(`DROP INDEX "public"."rooms_item_key"`);
    await queryRunner.query(`DROP INDEX "public"."rooms_cohort_key"`);
    await queryRunner.query(`DROP INDEX "public"."rooms_edition_idx"`);
    await queryRunner.query(`DROP TABLE "rooms"`);
  }
}
