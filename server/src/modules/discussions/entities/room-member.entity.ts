import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { Room } from './room.entity.js';

/**
 * What is personal to one person in one room. Membership itself follows enrolment; a row here
 * adds an invitation (community rooms), a moderator role, the read position or a mute.
 */
@Entity('room_members')
@Index('room_members_user_idx', ['userId'])
export class RoomMember {
  @PrimaryColumn('uuid', { name: 'room_id' })
  roomId: string;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<Room>;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  /** Invited explicitly (community rooms are also open to anyone enrolled in an edition). */
  @Column('boolean', { default: false })
  invited: boolean;

  @Column('boolean', { default: false })
  moderator: boolean;

  /** The highest message seq this person has read. */
  @Column('int', { name: 'last_read_seq', default: 0 })
  lastReadSeq: number;

  @Column('timestamptz', { name: 'muted_until', nullable: true })
  mutedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
