import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMessageVersions1796276463706 implements MigrationInterface {
  name = 'AddMessageVersions1796276463706';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "message_versions" ("message_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "body" text NOT NULL, "machine_draft" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6184863c025dd941ab22878fdcb" PRIMARY KEY ("message_id", "language"))`);
    await queryRunner.query(`ALTER TABLE "message_versions" ADD CONSTRAINT "FK_cbdbf5b0ba2f1b01d7b2c3ec2f6" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "message_versions" DROP CONSTRAINT "FK_cbdbf5b0ba2f1b01d7b2c3ec2f6"`);
    await queryRunner.query(`DROP TABLE "message_versions"`);
  }
}
