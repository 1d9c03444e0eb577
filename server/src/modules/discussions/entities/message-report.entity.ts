import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ReportReason } from '@sstc/shared';
import { User } from '../../users/user.entity.js';
import { Message } from './message.entity.js';
import { Room } from './room.entity.js';

export type ReportStatus = 'open' | 'resolved' | 'dismissed';

/** A member's flag on a message; moderators work through the open ones. */
@Entity('message_reports')
@Index('message_reports_message_reporter_key', ['messageId', 'reporterId'], { unique: true })
@Index('message_reports_room_status_idx', ['roomId', 'status', 'createdAt'])
export class MessageReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'message_id' })
  messageId: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message: Relation<Message>;

  @Column('uuid', { name: 'room_id' })
  roomId: string;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<Room>;

  @Column('uuid', { name: 'reporter_id' })
  reporterId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter: Relation<User>;

  @Column('varchar', { length: 20 })
  reason: ReportReason;

  @Column('varchar', { length: 500, default: '' })
  note: string;

  @Column('varchar', { length: 20, default: 'open' })
  status: ReportStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('uuid', { name: 'resolved_by', nullable: true })
  resolvedBy: string | null;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;
}
