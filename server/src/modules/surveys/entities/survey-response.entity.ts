import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Answers, ConstituencyGroup, IloRegion, Language } from '@sstc/shared';
import { User } from '../../users/user.entity.js';
import { Survey } from './survey.entity.js';

/**
 * A submitted response. In an anonymous survey only survey, day, language and answers are set:
 * every column that could lead back to a person (who, which invitation, when exactly, their
 * cohort or country) stays null.
 */
@Entity('survey_responses')
@Index('survey_responses_survey_user_key', ['surveyId', 'userId'], { unique: true })
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey: Relation<Survey>;

  /** The day only (UTC): precise enough for a response-rate curve, too coarse to match a send log. */
  @Column('date', { name: 'submitted_on' })
  submittedOn: string;

  @Column('varchar', { length: 2 })
  language: Language;

  @Column('jsonb')
  answers: Answers;

  // Identified surveys only.
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User> | null;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @Index('survey_responses_cohort_id_idx')
  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId: string | null;

  @Column('varchar', { length: 2, nullable: true })
  country: string | null;

  @Column('varchar', { name: 'ilo_region', length: 30, nullable: true })
  iloRegion: IloRegion | null;

  @Column('varchar', { name: 'constituency_group', length: 40, nullable: true })
  constituencyGroup: ConstituencyGroup | null;
}
