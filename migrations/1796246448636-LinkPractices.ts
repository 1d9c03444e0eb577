import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkPractices1796246448636 implements MigrationInterface {
  name = 'LinkPractices1796246448636';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "practice_programme_items" ("practice_id" uuid NOT NULL, "programme_item_id" uuid NOT NULL, CONSTRAINT "PK_313f20293c27c91a911ad4fcf86" PRIMARY KEY ("practice_id", "programme_item_id"))`);
    await queryRunner.query(`CREATE INDEX "practice_programme_items_item_idx" ON "practice_programme_items"  ("programme_item_id") `);
    await queryRunner.query(`CREATE TABLE "practice_rooms" ("practice_id" uuid NOT NULL, "room_id" uuid NOT NULL, CONSTRAINT "PK_61de5e5b3ccd83507b6c1bc6a91" PRIMARY KEY ("practice_id", "room_id"))`);
    await queryRunner.query(`CREATE INDEX "practice_rooms_room_idx" ON "practice_rooms"  ("room_id") `);
    await queryRunner.query(`ALTER TABLE "practice_programme_items" ADD CONSTRAINT "FK_f82fadce67cdf1163e9bd8e7f5a" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_programme_items" ADD CONSTRAINT "FK_8b7829ec72ddf6de48624451117" FOREIGN KEY ("programme_item_id") REFERENCES "programme_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_rooms" ADD CONSTRAINT "FK_1fb290297898b08223316ef2664" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "practice_rooms" ADD CONSTRAINT "FK_2605ed0cc07c632471412961fa6" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practice_rooms" DROP CONSTRAINT "FK_2605ed0cc07c632471412961fa6"`);
    await queryRunner.query(`ALTER TABLE "practice_rooms" DROP CONSTRAINT "FK_1fb290297898b08223316ef2664"`);
    await queryRunner.query(`ALTER TABLE "practice_programme_items" DROP CONSTRAINT "FK_8b7829ec72ddf6de48624451117"`);
    await queryRunner.query(`ALTER TABLE "practice_programme_items" DROP CONSTRAINT "FK_f82fadce67cdf1163e9bd8e7f5a"`);
    await queryRunner.query(`DROP INDEX "public"."practice_rooms_room_idx"`);
    await queryRunner.query(`DROP TABLE "practice_rooms"`);
    await queryRunner.query(`DROP INDEX "public"."practice_programme_items_item_idx"`);
    await queryRunner.query(`DROP TABLE "practice_programme_items"`);
  }
}
