import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ModerationActionKind } from '@sstc/shared';
import { Room } from './room.entity.js';

/** Who did what, when and why: the log every moderator of the room can read. Never updated. */
@Entity('moderation_actions')
@Index('moderation_actions_room_idx', ['roomId', 'createdAt'])
export class ModerationAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'room_id' })
  roomId: string;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<Room>;

  /** Null for the system (a message hidden after several members reported it). */
  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('varchar', { length: 20 })
  action: ModerationActionKind;

  @Column('uuid', { name: 'target_message_id', nullable: true })
  targetMessageId: string | null;

  @Column('uuid', { name: 'target_user_id', nullable: true })
  targetUserId: string | null;

  @Column('varchar', { length: 500, nullable: true })
  reason: string | null;

  @Column('jsonb', { default: {} })
  details: Record<string, string | number | boolean | null>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
