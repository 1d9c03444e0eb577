import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ImportStatus } from '@sstc/shared';
import { Edition } from '../courses/edition.entity.js';

/** One uploaded file of participants: previewed first, written only once an organizer confirms. */
@Entity('enrolment_imports')
@Index('enrolment_imports_edition_idx', ['editionId', 'createdAt'])
export class EnrolmentImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('varchar', { name: 'file_name', length: 200 })
  fileName: string;

  @Column('varchar', { length: 20 })
  status: ImportStatus;

  @Column('int')
  total: number;

  @Column('int')
  valid: number;

  @Column('int')
  invalid: number;

  @Column('int')
  creates: number;

  @Column('int')
  updates: number;

  /** Rows written so far; updated outside the import's own transaction so that it can be polled. */
  @Column('int', { default: 0 })
  processed: number;

  @Column('varchar', { length: 1000, nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
