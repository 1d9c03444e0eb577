import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import type { SurveyMessageKind, MessageStatus } from '@sstc/shared';
import { SurveyInvitation } from './survey-invitation.entity.js';

/**
 * One email to one recipient, planned before it is sent. The key (invitation + message) is unique,
 * so planning twice plans nothing new; the sender claims the row under a lock and marks it sent.
 */
@Entity('survey_messages')
@Index('survey_messages_distribution_status_idx', ['distributionId', 'status'])
export class SurveyMessage {
  @PrimaryColumn('varchar', { length: 120 })
  key: string;

  @Column('uuid', { name: 'distribution_id' })
  distributionId: string;

  @Index('survey_messages_invitation_id_idx')
  @Column('uuid', { name: 'invitation_id' })
  invitationId: string;

  @ManyToOne(() => SurveyInvitation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitation_id' })
  invitation: Relation<SurveyInvitation>;

  @Column('varchar', { length: 20 })
  kind: SurveyMessageKind;

  @Column('varchar', { length: 20, default: 'queued' })
  status: MessageStatus;

  @Column('int', { default: 0 })
  attempts: number;

  @Column('varchar', { length: 1000, nullable: true })
  error: string | null;

  /** After a failed attempt: not before this time. */
  @Column('timestamptz', { name: 'retry_at', nullable: true })
  retryAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
