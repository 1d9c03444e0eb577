import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { CertificateFacts } from '@sstc/shared';
import { Edition } from '../../courses/edition.entity.js';
import { User } from '../../users/user.entity.js';

/**
 * A certificate of participation, with the facts it states fixed at issue. One valid certificate per
 * person and edition; a revoked one stays, so that its code still verifies as revoked.
 */
@Entity('certificates')
@Index('certificates_edition_user_valid_key', ['editionId', 'userId'], { unique: true, where: 'revoked_at IS NULL' })
export class Certificate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('certificates_code_key', { unique: true })
  @Column('varchar', { length: 14 })
  code: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Index('certificates_user_idx')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('jsonb')
  facts: CertificateFacts;

  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  /** The organizer who issued it; null when the participant took it themselves once eligible. */
  @Column('uuid', { name: 'issued_by', nullable: true })
  issuedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'issued_by' })
  issuer: Relation<User> | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { name: 'revoked_by', nullable: true })
  revokedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by' })
  revoker: Relation<User> | null;

  @Column('text', { name: 'revocation_reason', nullable: true })
  revocationReason: string | null;
}
