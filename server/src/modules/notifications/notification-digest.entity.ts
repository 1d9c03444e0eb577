import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/**
 * One digest email of a person for one period (`daily:2026-12-04`, `weekly:2026-11-30`). The row is
 * inserted in the transaction that enqueues the email, so whichever instance or retry gets there
 * second finds it and sends nothing.
 */
@Entity('notification_digests')
export class NotificationDigest {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @PrimaryColumn('varchar', { length: 20 })
  period: string;

  @Column('integer')
  count: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
