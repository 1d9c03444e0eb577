import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotificationCentre1796276289065 implements MigrationInterface {
  name = 'AddNotificationCentre1796276289065';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_a722fcbcb0708840a5eae925c44"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_14569f8a49ebb2ed92e9f8ba01c"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_message_user_kind_key"`);
    await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "delivery" character varying(20) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`);
    await queryRunner.query(`CREATE TABLE "notification_digests" ("user_id" uuid NOT NULL, "period" character varying(20) NOT NULL, "count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_65b65c18af25a81349ca8bdbc40" PRIMARY KEY ("user_id", "period"))`);
    await queryRunner.query(`CREATE TABLE "signing_keys" ("name" character varying(40) NOT NULL, "secret" character varying(100) NOT NULL, CONSTRAINT "PK_fdb04fa31a5c68abd6754f153c2" PRIMARY KEY ("name"))`);
    // The rooms' notifications become the first of every feature's: renamed in place, so people keep what they have read.
    await queryRunner.query(`ALTER TABLE "notifications" RENAME COLUMN "room_id" TO "context_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "context_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" RENAME COLUMN "message_id" TO "subject_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "detail" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "sequence" integer`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "title" jsonb`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "link" character varying(500) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE character varying(30)`);
    await queryRunner.query(`UPDATE "notifications" n SET "sequence" = m.seq FROM "messages" m WHERE m.id = n.subject_id`);
    await queryRunner.query(`UPDATE "notifications" n SET "link" = '/discussions/rooms/' || n.context_id || COALESCE('#message-' || n.subject_id, ''),
      "title" = (SELECT CASE r.kind WHEN 'edition' THEN ed.title WHEN 'programme_item' THEN i.title
                   WHEN 'cohort' THEN jsonb_build_object('en', c.name, 'es', c.name, 'fr', c.name, 'pt', c.name) ELSE r.title END
                   FROM "rooms" r LEFT JOIN "editions" ed ON ed.id = r.edition_id LEFT JOIN "programme_items" i ON i.id = r.item_id
                   LEFT JOIN "cohorts" c ON c.id = r.cohort_id WHERE r.id = n.context_id)`);
    await queryRunner.query(`CREATE INDEX "notifications_context_idx" ON "notifications"  ("user_id", "context_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_subject_key" ON "notifications"  ("subject_id", "user_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_digests" ADD CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_digests" DROP CONSTRAINT "FK_65e84c5d2b8cf81b4773394d450"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_subject_key"`);
    await queryRunner.query(`DROP INDEX "public"."notifications_context_idx"`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "context_id" IS NULL OR "kind" NOT IN ('mention', 'reply', 'announcement', 'message_hidden')`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "kind" TYPE character varying(20)`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "link"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "title"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "sequence"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "detail"`);
    await queryRunner.query(`ALTER TABLE "notifications" RENAME COLUMN "subject_id" TO "message_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "context_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" RENAME COLUMN "context_id" TO "room_id"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
    await queryRunner.query(`DROP TABLE "notification_digests"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notifications_message_user_kind_key" ON "notifications"  ("message_id", "user_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_14569f8a49ebb2ed92e9f8ba01c" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_a722fcbcb0708840a5eae925c44" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }
}
