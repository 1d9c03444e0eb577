import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';
import { LearningUnit } from './learning-unit.entity.js';

/** What one participant did with one unit: one row per pair, written by upsert. */
@Entity('learning_progress')
@Unique('learning_progress_unit_user_key', ['unitId', 'userId'])
export class LearningProgress {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'unit_id' })
  unitId: string;

  @ManyToOne(() => LearningUnit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<LearningUnit>;

  @Index('learning_progress_user_idx')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  /** Denormalised from the unit, so dashboards and reminders query one edition without a join. */
  @Index('learning_progress_edition_idx')
  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
