import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Language } from '@sstc/shared';
import { Edition } from '../courses/edition.entity.js';
import { User } from '../users/user.entity.js';

/** A group of participants within an edition (by language, region, …) with its facilitators. */
@Entity('cohorts')
@Index('cohorts_edition_name_key', ['editionId', 'name'], { unique: true })
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Column('varchar', { length: 120 })
  name: string;

  /** The cohort's working language, when it is grouped by language. */
  @Column('varchar', { length: 2, nullable: true })
  language: Language | null;

  @ManyToMany(() => User)
  @JoinTable({ name: 'cohort_facilitators', joinColumn: { name: 'cohort_id' }, inverseJoinColumn: { name: 'user_id' } })
  facilitators: Relation<User>[];
}
