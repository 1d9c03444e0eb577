import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { DraftSubject, Language } from '@sstc/shared';

/**
 * A value of a localized text filled by machine translation and not reviewed yet: which object and
 * field, which language, and the drafted text. The mark holds while the field still says exactly
 * that text; a person editing the value (or marking it reviewed) makes it a human translation.
 */
@Entity('machine_drafts')
@Unique('machine_drafts_subject_field_language_key', ['subjectType', 'subjectId', 'field', 'language'])
export class MachineDraft {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { name: 'subject_type', length: 30 })
  subjectType: DraftSubject;

  @Column('uuid', { name: 'subject_id' })
  subjectId: string;

  /** The field's path in its object: `title`, `body`, `questions.<id>.prompt`, … */
  @Column('varchar', { length: 200 })
  field: string;

  @Column('varchar', { length: 2 })
  language: Language;

  @Column('text')
  text: string;

  @Column('varchar', { name: 'engine_version', length: 60 })
  engineVersion: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
