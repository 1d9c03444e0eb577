import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCertificates1796276270656 implements MigrationInterface {
  name = 'AddCertificates1796276270656';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "session_attendance" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "present" boolean NOT NULL, "marked_by" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_209673880c86806e14d1ea423e5" PRIMARY KEY ("session_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "session_attendance_user_idx" ON "session_attendance"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "certificate_rules" ("edition_id" uuid NOT NULL, "requires_package" boolean NOT NULL DEFAULT true, "min_attendance_percent" integer, "requires_general_assessment" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_ba8d54b0f8728958d89a23b642a" PRIMARY KEY ("edition_id"))`);
    await queryRunner.query(`CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(14) NOT NULL, "edition_id" uuid NOT NULL, "user_id" uuid NOT NULL, "facts" jsonb NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "issued_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, "revocation_reason" text, CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificates_code_key" ON "certificates"  ("code") `);
    await queryRunner.query(`CREATE INDEX "certificates_user_idx" ON "certificates"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificates_edition_user_valid_key" ON "certificates"  ("edition_id", "user_id") WHERE revoked_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_fe13eeaaceb32f7ef9a269e1af2" FOREIGN KEY ("session_id") REFERENCES "programme_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_7847a4a6c1b65ba8baa37fdbfa0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_3496d99395ef9c864742e9d9d61" FOREIGN KEY ("marked_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate_rules" ADD CONSTRAINT "FK_ba8d54b0f8728958d89a23b642a" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_2cdbb67cfef874cf7555572bee5" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_88f90b1b9c635c14271e509cec0" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_254f3859dcd4d99b0213f90d754" FOREIGN KEY ("issued_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD CONSTRAINT "FK_0b6b1b7830f5bd47f9769ef860c" FOREIGN KEY ("revoked_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_0b6b1b7830f5bd47f9769ef860c"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_254f3859dcd4d99b0213f90d754"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_88f90b1b9c635c14271e509cec0"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP CONSTRAINT "FK_2cdbb67cfef874cf7555572bee5"`);
    await queryRunner.query(`ALTER TABLE "certificate_rules" DROP CONSTRAINT "FK_ba8d54b0f8728958d89a23b642a"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_3496d99395ef9c864742e9d9d61"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_7847a4a6c1b65ba8baa37fdbfa0"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_fe13eeaaceb32f7ef9a269e1af2"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_edition_user_valid_key"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificates_code_key"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
    await queryRunner.query(`DROP TABLE "certificate_rules"`);
    await queryRunner.query(`DROP INDEX "public"."session_attendance_user_idx"`);
    await queryRunner.query(`DROP TABLE "session_attendance"`);
  }
}
