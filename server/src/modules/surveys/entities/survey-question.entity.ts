import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { LocalizedText, QuestionCondition, QuestionOption, QuestionType } from '@sstc/shared';
import { SurveySection } from './survey-section.entity.js';

/** One question; answers are stored under its `key`, unique within the survey. */
@Entity('survey_questions')
@Unique('survey_questions_survey_key', ['surveyId', 'key'])
export class SurveyQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @Index('survey_questions_section_id_idx')
  @Column('uuid', { name: 'section_id' })
  sectionId: string;

  @ManyToOne(() => SurveySection, (section) => section.questions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'section_id' })
  section: Relation<SurveySection>;

  @Column('int')
  position: number;

  @Column('varchar', { length: 60 })
  key: string;

  @Column('varchar', { length: 30 })
  type: QuestionType;

  @Column('jsonb')
  text: LocalizedText;

  @Column('jsonb', { default: {} })
  help: LocalizedText;

  @Column('boolean')
  required: boolean;

  @Column('jsonb', { default: [] })
  options: QuestionOption[];

  @Column('jsonb', { name: 'scale_labels', default: [] })
  scaleLabels: LocalizedText[];

  @Column('jsonb', { name: 'show_if', nullable: true })
  showIf: QuestionCondition | null;
}
