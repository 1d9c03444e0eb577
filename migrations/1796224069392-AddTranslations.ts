import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTranslations1796224069392 implements MigrationInterface {
  name = 'AddTranslations1796224069392';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "machine_drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" character varying(30) NOT NULL, "subject_id" uuid NOT NULL, "field" character varying(200) NOT NULL, "language" character varying(2) NOT NULL, "text" text NOT NULL, "engine_version" character varying(60) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "machine_drafts_subject_field_language_key" UNIQUE ("subject_type", "subject_id", "field", "language"), CONSTRAINT "PK_4544d976c81cb05f9b2556afce6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "translation_preferences" ("user_id" uuid NOT NULL, "auto_translate" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_346cabe99b96d08373dfd0820d3" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "translations" ("source_hash" character(64) NOT NULL, "source_language" character varying(2) NOT NULL, "target_language" character varying(2) NOT NULL, "engine_version" character varying(60) NOT NULL, "translated_text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94fb984a06e48248738dd10a1ba" PRIMARY KEY ("source_hash", "source_language", "target_language", "engine_version"))`);
    await queryRunner.query(`ALTER TABLE "translation_preferences" ADD CONSTRAINT "FK_346cabe99b96d08373dfd0820d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "translation_preferences" DROP CONSTRAINT "FK_346cabe99b96d08373dfd0820d3"`);
    await queryRunner.query(`DROP TABLE "translations"`);
    await queryRunner.query(`DROP TABLE "translation_preferences"`);
    await queryRunner.query(`DROP TABLE "machine_drafts"`);
  }
}
