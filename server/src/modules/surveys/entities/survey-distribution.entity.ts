import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Audience, DistributionStatus } from '@sstc/shared';
import { Survey } from './survey.entity.js';

/** Sends a survey to an audience: opens at `opensAt`, reminds after `reminderDays`, closes at `closesAt`. */
@Entity('survey_distributions')
export class SurveyDistribution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('survey_distributions_survey_id_idx')
  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey: Relation<Survey>;

  /** Stored: draft, scheduled, blocked, open, cancelled. "closed" is derived from closesAt. */
  @Column('varchar', { length: 20 })
  status: Exclude<DistributionStatus, 'closed'>;

  @Column('jsonb')
  audience: Audience;

  @Column('timestamptz', { name: 'opens_at' })
  opensAt: Date;

  @Column('timestamptz', { name: 'closes_at' })
  closesAt: Date;

  @Column('int', { name: 'reminder_days', array: true, default: () => "'{}'" })
  reminderDays: number[];

  @Column('varchar', { name: 'blocked_reason', length: 60, nullable: true })
  blockedReason: string | null;

  /** Scheduled for the edition by default (general and impact assessments), not by an organizer. */
  @Column('boolean', { default: false })
  automatic: boolean;

  /** An automatic distribution moves with the edition's dates until an organizer edits its dates by hand. */
  @Column('boolean', { name: 'follows_edition', default: false })
  followsEdition: boolean;

  @Column('timestamptz', { name: 'opened_at', nullable: true })
  openedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
