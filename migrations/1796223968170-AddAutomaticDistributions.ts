import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAutomaticDistributions1796223968170 implements MigrationInterface {
  name = 'AddAutomaticDistributions1796223968170';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_distributions" ADD "automatic" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "survey_distributions" ADD "follows_edition" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_distributions" DROP COLUMN "follows_edition"`);
    await queryRunner.query(`ALTER TABLE "survey_distributions" DROP COLUMN "automatic"`);
  }
}
