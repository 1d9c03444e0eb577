import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { LocalizedText } from '@sstc/shared';
import { Survey } from './survey.entity.js';
import { SurveyQuestion } from './survey-question.entity.js';

@Entity('survey_sections')
@Unique('survey_sections_survey_key', ['surveyId', 'key'])
export class SurveySection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @ManyToOne(() => Survey, (survey) => survey.sections, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey: Relation<Survey>;

  @Column('int')
  position: number;

  @Column('varchar', { length: 60 })
  key: string;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { default: {} })
  description: LocalizedText;

  @OneToMany(() => SurveyQuestion, (question) => question.section)
  questions: Relation<SurveyQuestion>[];
}
