import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SurveyInvitation } from './survey-invitation.entity.js';

/**
 * A personal survey link: 256 random bits, stored only as SHA-256. Each email carries its own, and
 * all of an invitation's links stay valid until it is answered or the distribution closes. The
 * draft is encrypted with a key derived from the link itself, which the server does not keep.
 */
@Entity('survey_tokens')
export class SurveyToken {
  @PrimaryColumn('char', { name: 'token_hash', length: 64 })
  tokenHash: string;

  @Index('survey_tokens_invitation_id_idx')
  @Column('uuid', { name: 'invitation_id' })
  invitationId: string;

  @ManyToOne(() => SurveyInvitation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitation_id' })
  invitation: Relation<SurveyInvitation>;

  @Column('bytea', { nullable: true })
  draft: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
