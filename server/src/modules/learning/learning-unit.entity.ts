import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { LearningResource, LocalizedText } from '@sstc/shared';
import { Edition } from '../courses/edition.entity.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';

/** A piece of an edition's pre-learning package; attached to a programme item, its facilitators own it. */
@Entity('learning_units')
@Index('learning_units_edition_position_idx', ['editionId', 'position'])
export class LearningUnit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Index('learning_units_programme_item_idx')
  @Column('uuid', { name: 'programme_item_id', nullable: true })
  programmeItemId: string | null;

  @ManyToOne(() => ProgrammeItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_item_id' })
  programmeItem: Relation<ProgrammeItem> | null;

  /** Order within the package, from 1. */
  @Column('int')
  position: number;

  @Column('jsonb')
  title: LocalizedText;

  /** Markdown per language. */
  @Column('jsonb', { default: {} })
  body: LocalizedText;

  @Column('jsonb', { name: 'key_questions', default: [] })
  keyQuestions: LocalizedText[];

  @Column('jsonb', { default: [] })
  resources: LearningResource[];

  @Column('int', { name: 'estimated_minutes', nullable: true })
  estimatedMinutes: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
