import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ProgrammeSession } from '../../programme/programme-session.entity.js';
import { User } from '../../users/user.entity.js';

/** Whether one participant was at one session of the face-to-face week; no row: not marked yet. */
@Entity('session_attendance')
export class SessionAttendance {
  @PrimaryColumn('uuid', { name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => ProgrammeSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session: Relation<ProgrammeSession>;

  @Index('session_attendance_user_idx')
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('boolean')
  present: boolean;

  /** Who marked it last (an organizer, or a facilitator of the session's item). */
  @Column('uuid', { name: 'marked_by', nullable: true })
  markedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by' })
  marker: Relation<User> | null;

  @Column('timestamptz', { name: 'marked_at' })
  markedAt: Date;
}
