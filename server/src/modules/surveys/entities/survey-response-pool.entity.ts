import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Answers, Language } from '@sstc/shared';
import { Survey } from './survey.entity.js';

/**
 * An anonymous response waiting for the next batch: written in a transaction of its own (not the
 * one that marks the invitation answered), with a random id and no time at all. Publishing moves a
 * whole batch, shuffled, into survey_responses and deletes it from here.
 */
@Entity('survey_response_pool')
export class SurveyResponsePool {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('survey_response_pool_survey_id_idx')
  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey: Relation<Survey>;

  @Column('varchar', { length: 2 })
  language: Language;

  @Column('jsonb')
  answers: Answers;
}
