import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSurveys1795354657097 implements MigrationInterface {
  name = 'CreateSurveys1795354657097';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "survey_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "section_id" uuid NOT NULL, "position" integer NOT NULL, "key" character varying(60) NOT NULL, "type" character varying(30) NOT NULL, "text" jsonb NOT NULL, "help" jsonb NOT NULL DEFAULT '{}', "required" boolean NOT NULL, "options" jsonb NOT NULL DEFAULT '[]', "scale_labels" jsonb NOT NULL DEFAULT '[]', "show_if" jsonb, CONSTRAINT "survey_questions_survey_key" UNIQUE ("survey_id", "key"), CONSTRAINT "PK_131815624efb0f0e15a220102de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "survey_questions_section_id_idx" ON "survey_questions"  ("section_id") `);
    await queryRunner.query(`CREATE TABLE "survey_sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "position" integer NOT NULL, "key" character varying(60) NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "survey_sections_survey_key" UNIQUE ("survey_id", "key"), CONSTRAINT "PK_637e4922219251a43d0243f0469" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "surveys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "anonymous" boolean NOT NULL, "accept_fallback" boolean NOT NULL DEFAULT false, "title" jsonb NOT NULL, "intro" jsonb NOT NULL DEFAULT '{}', "locked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1b5e3d4aaeb2321ffa98498c971" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "surveys_edition_id_idx" ON "surveys"  ("edition_id") `);
    await queryRunner.query(`CREATE TABLE "survey_distributions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "audience" jsonb NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminder_days" integer array NOT NULL DEFAULT '{}', "blocked_reason" character varying(60), "opened_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b6edc26f3f1aa1067e5a19e1c5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "survey_distributions_survey_id_idx" ON "survey_distributions"  ("survey_id") `);
    await queryRunner.query(`CREATE TABLE "survey_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "distribution_id" uuid NOT NULL, "user_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "responded" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "survey_invitations_survey_user_key" UNIQUE ("survey_id", "user_id"), CONSTRAINT "PK_8a42ab5d797ea8f45e4155ebbc2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "survey_invitations_distribution_id_idx" ON "survey_invitations"  ("distribution_id") `);
    await queryRunner.query(`CREATE TABLE "survey_messages" ("key" character varying(120) NOT NULL, "distribution_id" uuid NOT NULL, "invitation_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "error" character varying(1000), "retry_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a8332c964345ab75379eeb88320" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "survey_messages_invitation_id_idx" ON "survey_messages"  ("invitation_id") `);
    await queryRunner.query(`CREATE INDEX "survey_messages_distribution_status_idx" ON "survey_messages"  ("distribution_id", "status") `);
    await queryRunner.query(`CREATE TABLE "survey_tokens" ("token_hash" character(64) NOT NULL, "invitation_id" uuid NOT NULL, "draft" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_817298256287f3893ee8da5def1" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "survey_tokens_invitation_id_idx" ON "survey_tokens"  ("invitation_id") `);
    await queryRunner.query(`CREATE TABLE "survey_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "submitted_on" date NOT NULL, "language" character varying(2) NOT NULL, "answers" jsonb NOT NULL, "user_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "cohort_id" uuid, "country" character varying(2), "ilo_region" character varying(30), "constituency_group" character varying(40), CONSTRAINT "PK_349995c51959d139d8e485a58ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "survey_responses_cohort_id_idx" ON "survey_responses"  ("cohort_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "survey_responses_survey_user_key" ON "survey_responses"  ("survey_id", "user_id") `);
    await queryRunner.query(`CREATE TABLE "survey_interviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "response_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" character varying(30) NOT NULL DEFAULT 'to_schedule', "starts_at" TIMESTAMP WITH TIME ZONE, "duration_minutes" integer, "meeting_link" character varying(500), "note" character varying(2000) NOT NULL DEFAULT '', "interviewer_id" uuid, "participant_message" character varying(2000), "notes" text NOT NULL DEFAULT '', "outcome" character varying(30), "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b3c02d40df18ce2c3a4ccc341e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "survey_interviews_survey_id_idx" ON "survey_interviews"  ("survey_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "survey_interviews_response_id_key" ON "survey_interviews"  ("response_id") `);
    await queryRunner.query(`CREATE INDEX "survey_interviews_user_id_idx" ON "survey_interviews"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "survey_questions" ADD CONSTRAINT "FK_0249a5c7cfaa12d2aa34acbecf4" FOREIGN KEY ("section_id") REFERENCES "survey_sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_sections" ADD CONSTRAINT "FK_64059b289bebaeacab965085b04" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "surveys" ADD CONSTRAINT "FK_97a5b2636eb5d93b26033368311" FOREIGN KEY ("edition_id") REFERENCES "editions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_distributions" ADD CONSTRAINT "FK_ed1624e08c8d7526e085b1d47e6" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" ADD CONSTRAINT "FK_0446cc698a7bcfe9a3f083ff474" FOREIGN KEY ("distribution_id") REFERENCES "survey_distributions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" ADD CONSTRAINT "FK_af0819fbbb9e751b02bece272b8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_messages" ADD CONSTRAINT "FK_8a29783650e6808da73162c65e9" FOREIGN KEY ("invitation_id") REFERENCES "survey_invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_tokens" ADD CONSTRAINT "FK_e85b379440feae93b6fb3c6f134" FOREIGN KEY ("invitation_id") REFERENCES "survey_invitations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_2b4e3f83ce0b4a0d7617ac0cd44" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_15c9124bfeb633545c5de42edb6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_interviews" ADD CONSTRAINT "FK_4d457195ab45d06c86e1ad832ae" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_interviews" ADD CONSTRAINT "FK_db9b62116b5c8e395bb89529e8e" FOREIGN KEY ("response_id") REFERENCES "survey_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_interviews" ADD CONSTRAINT "FK_d596b64c2a4d98fab9f673d2084" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "survey_interviews" ADD CONSTRAINT "FK_f0f04dcd107f96fb17601e43326" FOREIGN KEY ("interviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_interviews" DROP CONSTRAINT "FK_f0f04dcd107f96fb17601e43326"`);
    await queryRunner.query(`ALTER TABLE "survey_interviews" DROP CONSTRAINT "FK_d596b64c2a4d98fab9f673d2084"`);
    await queryRunner.query(`ALTER TABLE "survey_interviews" DROP CONSTRAINT "FK_db9b62116b5c8e395bb89529e8e"`);
    await queryRunner.query(`ALTER TABLE "survey_interviews" DROP CONSTRAINT "FK_4d457195ab45d06c86e1ad832ae"`);
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_15c9124bfeb633545c5de42edb6"`);
    await queryRunner.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_2b4e3f83ce0b4a0d7617ac0cd44"`);
    await queryRunner.query(`ALTER TABLE "survey_tokens" DROP CONSTRAINT "FK_e85b379440feae93b6fb3c6f134"`);
    await queryRunner.query(`ALTER TABLE "survey_messages" DROP CONSTRAINT "FK_8a29783650e6808da73162c65e9"`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" DROP CONSTRAINT "FK_af0819fbbb9e751b02bece272b8"`);
    await queryRunner.query(`ALTER TABLE "survey_invitations" DROP CONSTRAINT "FK_0446cc698a7bcfe9a3f083ff474"`);
    await queryRunner.query(`ALTER TABLE "survey_distributions" DROP CONSTRAINT "FK_ed1624e08c8d7526e085b1d47e6"`);
    await queryRunner.query(`ALTER TABLE "surveys" DROP CONSTRAINT "FK_97a5b2636eb5d93b26033368311"`);
    await queryRunner.query(`ALTER TABLE "survey_sections" DROP CONSTRAINT "FK_64059b289bebaeacab965085b04"`);
    await queryRunner.query(`ALTER TABLE "survey_questions" DROP CONSTRAINT "FK_0249a5c7cfaa12d2aa34acbecf4"`);
    await queryRunner.query(`DROP INDEX "public"."survey_interviews_user_id_idx"`);
    await queryRunner.query(`DROP INDEX "public"."survey_interviews_response_id_key"`);
    await queryRunner.query(`DROP INDEX "public"."survey_interviews_survey_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_interviews"`);
    await queryRunner.query(`DROP INDEX "public"."survey_responses_survey_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."survey_responses_cohort_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_responses"`);
    await queryRunner.query(`DROP INDEX "public"."survey_tokens_invitation_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."survey_messages_distribution_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."survey_messages_invitation_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_messages"`);
    await queryRunner.query(`DROP INDEX "public"."survey_invitations_distribution_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."survey_distributions_survey_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_distributions"`);
    await queryRunner.query(`DROP INDEX "public"."surveys_edition_id_idx"`);
    await queryRunner.query(`DROP TABLE "surveys"`);
    await queryRunner.query(`DROP TABLE "survey_sections"`);
    await queryRunner.query(`DROP INDEX "public"."survey_questions_section_id_idx"`);
    await queryRunner.query(`DROP TABLE "survey_questions"`);
  }
}
