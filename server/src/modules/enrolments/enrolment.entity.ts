import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { EnrolmentStatus, Role } from '@sstc/shared';
import { Cohort } from '../cohorts/cohort.entity.js';
import { User } from '../users/user.entity.js';
import { Edition } from '../courses/edition.entity.js';

/** A person's membership of an edition; what they may see of an edition follows from it. */
@Entity('enrolments')
@Unique('enrolments_edition_user_key', ['editionId', 'userId'])
export class Enrolment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Index('enrolments_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  /** participant or facilitator (organizers manage editions without enrolling). */
  @Column('varchar', { length: 20 })
  role: Role;

  @Index('enrolments_cohort_id_idx')
  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id' })
  cohort: Relation<Cohort> | null;

  @Column('varchar', { length: 20, default: 'invited' })
  status: EnrolmentStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt: Date | null;
}
