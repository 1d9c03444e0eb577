import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { PracticeReviewAction } from '@sstc/shared';
import { User } from '../../users/user.entity.js';
import { Practice } from './practice.entity.js';

/** One step of a practice's review: submitted, commented, changes requested, published. */
@Entity('practice_reviews')
@Index('practice_reviews_practice_idx', ['practiceId', 'createdAt'])
export class PracticeReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'practice_id' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @Column('varchar', { length: 30 })
  action: PracticeReviewAction;

  @Column('text', { nullable: true })
  body: string | null;

  @Column('uuid', { name: 'by_id' })
  byId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'by_id' })
  by: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
