import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { LocalizedText, SurveyKind } from '@sstc/shared';
import { Edition } from '../../courses/edition.entity.js';
import { SurveySection } from './survey-section.entity.js';

/** A questionnaire of an edition. Anonymity and question structure are fixed once `lockedAt` is set. */
@Entity('surveys')
@Check('surveys_min_group_size_check', '"min_group_size" >= 3')
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('surveys_edition_id_idx')
  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Column('varchar', { length: 30 })
  kind: SurveyKind;

  @Column('boolean')
  anonymous: boolean;

  /**
   * Anonymous surveys: results show no group (the whole, a breakdown, the free text, the CSV) of
   * fewer responses than this. Never below 3 (the database refuses it).
   */
  @Column('integer', { name: 'min_group_size', default: 5 })
  minGroupSize: number;

  /** Anonymous surveys: when the last batch of responses was published (results change only then). */
  @Column('timestamptz', { name: 'results_published_at', nullable: true })
  resultsPublishedAt: Date | null;

  /** The organizer accepted sending with missing translations (shown in the edition's default language). */
  @Column('boolean', { name: 'accept_fallback', default: false })
  acceptFallback: boolean;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { default: {} })
  intro: LocalizedText;

  @OneToMany(() => SurveySection, (section) => section.survey)
  sections: Relation<SurveySection>[];

  /** When the first invitation was planned. */
  @Column('timestamptz', { name: 'locked_at', nullable: true })
  lockedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
