import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { InterviewOutcome, InterviewStatus } from '@sstc/shared';
import { User } from '../../users/user.entity.js';
import { SurveyResponse } from './survey-response.entity.js';
import { Survey } from './survey.entity.js';

/** A videoconference interview with a respondent who reported a linked SSTC initiative (identified surveys only). */
@Entity('survey_interviews')
export class SurveyInterview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('survey_interviews_survey_id_idx')
  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey: Relation<Survey>;

  @Index('survey_interviews_response_id_key', { unique: true })
  @Column('uuid', { name: 'response_id' })
  responseId: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response: Relation<SurveyResponse>;

  @Index('survey_interviews_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('varchar', { length: 30, default: 'to_schedule' })
  status: InterviewStatus;

  @Column('timestamptz', { name: 'starts_at', nullable: true })
  startsAt: Date | null;

  @Column('int', { name: 'duration_minutes', nullable: true })
  durationMinutes: number | null;

  @Column('varchar', { name: 'meeting_link', length: 500, nullable: true })
  meetingLink: string | null;

  @Column('varchar', { length: 2000, default: '' })
  note: string;

  @Column('uuid', { name: 'interviewer_id', nullable: true })
  interviewerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'interviewer_id' })
  interviewer: Relation<User> | null;

  @Column('varchar', { name: 'participant_message', length: 2000, nullable: true })
  participantMessage: string | null;

  @Column('text', { default: '' })
  notes: string;

  @Column('varchar', { length: 30, nullable: true })
  outcome: InterviewOutcome | null;

  /** iCalendar SEQUENCE: each new proposal updates the same calendar event. */
  @Column('int', { default: 0 })
  sequence: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
