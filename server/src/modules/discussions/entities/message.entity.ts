import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Language, MessageKind } from '@sstc/shared';
import { User } from '../../users/user.entity.js';
import { Room } from './room.entity.js';

/**
 * A message in a room. Its client-generated id is unique per author, so a retried send stores
 * nothing twice; seq orders the room's messages, revision marks its latest change.
 */
@Entity('messages')
@Index('messages_author_client_key', ['authorId', 'clientId'], { unique: true })
@Index('messages_room_seq_key', ['roomId', 'seq'], { unique: true })
@Index('messages_room_revision_idx', ['roomId', 'revision'])
@Index('messages_parent_idx', ['parentId', 'seq'])
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'room_id' })
  roomId: string;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<Room>;

  @Column('int')
  seq: number;

  @Column('int')
  revision: number;

  @Column('uuid', { name: 'client_id' })
  clientId: string;

  @Column('uuid', { name: 'author_id' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author: Relation<User>;

  @Column('varchar', { length: 20, default: 'message' })
  kind: MessageKind;

  @Column('varchar', { length: 2 })
  language: Language;

  @Column('text')
  body: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<Message> | null;

  @Column('int', { name: 'reply_count', default: 0 })
  replyCount: number;

  @Column('uuid', { array: true, default: '{}' })
  mentions: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt: Date | null;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @Column('uuid', { name: 'deleted_by', nullable: true })
  deletedBy: string | null;

  @Column('timestamptz', { name: 'pinned_at', nullable: true })
  pinnedAt: Date | null;

  @Column('timestamptz', { name: 'hidden_at', nullable: true })
  hiddenAt: Date | null;

  @Column('varchar', { name: 'hidden_reason', length: 500, nullable: true })
  hiddenReason: string | null;

  /** Null with hidden_at set: hidden by members' reports, waiting for a moderator. */
  @Column('uuid', { name: 'hidden_by', nullable: true })
  hiddenBy: string | null;
}
