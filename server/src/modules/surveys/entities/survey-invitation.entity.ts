import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { Language } from '@sstc/shared';
import { User } from '../../users/user.entity.js';
import { SurveyDistribution } from './survey-distribution.entity.js';

/**
 * One person invited to one survey (once per survey, whichever distribution reached them first).
 * `responded` only stops reminders and reopening: in an anonymous survey nothing links it to the
 * response, and it carries no time.
 */
@Entity('survey_invitations')
@Unique('survey_invitations_survey_user_key', ['surveyId', 'userId'])
export class SurveyInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @Index('survey_invitations_distribution_id_idx')
  @Column('uuid', { name: 'distribution_id' })
  distributionId: string;

  @ManyToOne(() => SurveyDistribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'distribution_id' })
  distribution: Relation<SurveyDistribution>;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('varchar', { length: 2 })
  language: Language;

  @Column('boolean', { default: false })
  responded: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
