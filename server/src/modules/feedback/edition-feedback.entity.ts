import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { LocalizedText } from '@sstc/shared';
import { Edition } from '../courses/edition.entity.js';
import { Survey } from '../surveys/entities/survey.entity.js';

/** The feedback page of an edition: the general assessment's questions organizers share, and their note. */
@Entity('edition_feedback')
export class EditionFeedback {
  @PrimaryColumn('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey: Relation<Survey>;

  @Column('jsonb', { name: 'question_keys', default: [] })
  questionKeys: string[];

  @Column('jsonb', { default: {} })
  note: LocalizedText;

  /** Null until organizers publish: participants see nothing before. */
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
