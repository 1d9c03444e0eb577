import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReplaceSignInFailuresWithRateCounters1796224122337 implements MigrationInterface {
  name = 'ReplaceSignInFailuresWithRateCounters1796224122337';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_counters" ("key" character varying(400) NOT NULL, "hits" integer NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6f8539ade989c1313ddf0ebf597" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "rate_counters_window_start_idx" ON "rate_counters"  ("window_start") `);
    await queryRunner.query(`ALTER TABLE "user_tokens" ALTER COLUMN "token_hash" DROP NOT NULL`);
    // Written by hand: the one-row-per-failure table the counters replace.
    await queryRunner.query(`DROP TABLE "sign_in_failures"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sign_in_failures" ("id" BIGSERIAL NOT NULL, "email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa4e2048c06590424ef01bfd171" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sign_in_failures_ip_idx" ON "sign_in_failures"  ("ip", "at") `);
    await queryRunner.query(`CREATE INDEX "sign_in_failures_email_idx" ON "sign_in_failures"  ("email", "at") `);
    // Links never emailed have no token yet.
    await queryRunner.query(`DELETE FROM "user_tokens" WHERE "token_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "user_tokens" ALTER COLUMN "token_hash" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."rate_counters_window_start_idx"`);
    await queryRunner.query(`DROP TABLE "rate_counters"`);
  }
}
