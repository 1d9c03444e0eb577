import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { Language, LocalizedText, Modality, PracticeLink, PracticeRegion, PracticeStatus } from '@sstc/shared';
import { User } from '../../users/user.entity.js';

/** A good practice of South-South and triangular cooperation: written by a member, reviewed, then published for everyone signed in. */
@Entity('practices')
@Index('practices_status_idx', ['status'])
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The language the author wrote in: the fallback for the languages not translated yet. */
  @Column('varchar', { length: 2 })
  language: Language;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { default: {} })
  summary: LocalizedText;

  /** Markdown per language. */
  @Column('jsonb', { default: {} })
  description: LocalizedText;

  @Column('varchar', { length: 30 })
  region: PracticeRegion;

  /** ISO 3166-1 alpha-2 codes. */
  @Column('varchar', { array: true, length: 2, default: '{}' })
  countries: string[];

  @Column('varchar', { length: 30 })
  modality: Modality;

  @Column('int', { array: true, default: '{}' })
  sdgs: number[];

  @Column('int', { name: 'period_start', nullable: true })
  periodStart: number | null;

  @Column('int', { name: 'period_end', nullable: true })
  periodEnd: number | null;

  @Column('varchar', { array: true, length: 200, default: '{}' })
  partners: string[];

  @Column('jsonb', { default: [] })
  links: PracticeLink[];

  @Column('varchar', { length: 20, default: 'draft' })
  status: PracticeStatus;

  @Index('practices_submitted_by_idx')
  @Column('uuid', { name: 'submitted_by' })
  submittedById: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submitted_by' })
  submittedBy: Relation<User>;

  /** First submitted for review: from then on the reviewers follow it, also when it is back in draft for changes. */
  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  /** The impact-assessment interview this draft was made from (one draft per interview). */
  @Index('practices_source_interview_id_key', { unique: true })
  @Column('uuid', { name: 'source_interview_id', nullable: true })
  sourceInterviewId: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
