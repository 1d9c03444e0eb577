import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LocalizedText, NotificationKind } from '@sstc/shared';
import { User } from '../users/user.entity.js';

/**
 * Something that concerns one person, recorded by the feature it happened in (a mention, a seat
 * won from a waitlist, a review of their practice…): shown in their notification centre, and
 * emailed at once or in a digest as they chose. It keeps what it shows (title, excerpt, link), so
 * the list reads no other feature's tables.
 */
@Entity('notifications')
@Index('notifications_user_idx', ['userId', 'createdAt'])
@Index('notifications_subject_key', ['subjectId', 'userId', 'kind'], { unique: true })
@Index('notifications_context_idx', ['userId', 'contextId'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('varchar', { length: 30 })
  kind: NotificationKind;

  /** A finer kind (a practice review's step). */
  @Column('varchar', { length: 40, nullable: true })
  detail: string | null;

  /** Where it happened (a room): reading the context up to `sequence` reads the notification. */
  @Column('uuid', { name: 'context_id', nullable: true })
  contextId: string | null;

  /** What it is about (a message, a seat, a practice); one notification per person, kind and subject. */
  @Column('uuid', { name: 'subject_id', nullable: true })
  subjectId: string | null;

  /** The subject's place in its context (a message's number in its room). */
  @Column('integer', { nullable: true })
  sequence: number | null;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('jsonb', { nullable: true })
  title: LocalizedText | null;

  @Column('varchar', { length: 300, default: '' })
  excerpt: string;

  /** A path of the client. */
  @Column('varchar', { length: 500, default: '' })
  link: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  /** Set once it went out by email, at once or in a digest: it never goes twice. */
  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt: Date | null;
}
