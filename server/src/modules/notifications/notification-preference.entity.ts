import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '@sstc/shared';
import { User } from '../users/user.entity.js';

/** A person's choice for one kind; without a row, the kind's default (DEFAULT_DELIVERY) applies. */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @PrimaryColumn('varchar', { length: 30 })
  kind: NotificationKind;

  @Column('varchar', { length: 20 })
  delivery: NotificationDelivery;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
