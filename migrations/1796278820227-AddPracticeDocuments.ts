import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPracticeDocuments1796278820227 implements MigrationInterface {
  name = 'AddPracticeDocuments1796278820227';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "practice_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "content_type" character varying(120) NOT NULL, "size" integer NOT NULL, "data" bytea NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7c0edc5fda958d9597c1c9b8c2f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "practice_documents_practice_idx" ON "practice_documents"  ("practice_id") `);
    await queryRunner.query(`ALTER TABLE "practice_documents" ADD CONSTRAINT "FK_8ae2d0c78a87d80ffd6ed67fb52" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_documents" ADD CONSTRAINT "FK_c2b82f4fefb366ab292484f7b21" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_documents" DROP CONSTRAINT "FK_c2b82f4fefb366ab292484f7b21"`);
    await queryRunner.query(`ALTER TABLE "practice_documents" DROP CONSTRAINT "FK_8ae2d0c78a87d80ffd6ed67fb52"`);
    await queryRunner.query(`DROP INDEX "public"."practice_documents_practice_idx"`);
    await queryRunner.query(`DROP TABLE "practice_documents"`);
  }
}
