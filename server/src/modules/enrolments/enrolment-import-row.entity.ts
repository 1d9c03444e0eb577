import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { ConstituencyGroup, ImportRowAction, Language } from '@sstc/shared';
import { EnrolmentImport } from './enrolment-import.entity.js';

export interface ImportRowProblem {
  field: string;
  code: string;
}

/** One row of an import file as it was read and checked. */
@Entity('enrolment_import_rows')
export class EnrolmentImportRow {
  @PrimaryColumn('uuid', { name: 'import_id' })
  importId: string;

  @ManyToOne(() => EnrolmentImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import: Relation<EnrolmentImport>;

  /** The line in the file: the header is line 1. */
  @PrimaryColumn('int')
  line: number;

  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { length: 2, nullable: true })
  country: string | null;

  @Column('varchar', { length: 300, nullable: true })
  organisation: string | null;

  @Column('varchar', { name: 'constituency_group', length: 40, nullable: true })
  constituencyGroup: ConstituencyGroup | null;

  @Column('varchar', { length: 2, nullable: true })
  language: Language | null;

  /** The cohort's name as written in the file, and the cohort it names. */
  @Column('varchar', { name: 'cohort_name', length: 120, nullable: true })
  cohortName: string | null;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId: string | null;

  @Column('varchar', { length: 20 })
  action: ImportRowAction;

  @Column('jsonb', { default: [] })
  problems: ImportRowProblem[];
}
