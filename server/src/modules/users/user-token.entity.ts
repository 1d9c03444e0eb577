import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from './user.entity.js';

export type UserTokenPurpose = 'invitation' | 'password_reset';

/**
 * A single-use link sent by email (invitation, password reset); only the token's SHA-256 is stored.
 * The token is drawn when the email goes out (`tokenHash` is null until then), so no link waits in
 * the job queue. `usedAt` is also set on links that a later one replaced or a new password ended.
 */
@Entity('user_tokens')
export class UserToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('user_tokens_token_hash_key', { unique: true })
  @Column('char', { name: 'token_hash', length: 64, nullable: true })
  tokenHash: string | null;

  @Column('varchar', { length: 20 })
  purpose: UserTokenPurpose;

  @Index('user_tokens_user_id_idx')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;
}
