import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed sign-in; recent ones throttle further attempts for that email and that address. */
@Entity('sign_in_failures')
@Index('sign_in_failures_email_idx', ['email', 'at'])
@Index('sign_in_failures_ip_idx', ['ip', 'at'])
export class SignInFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 64 })
  ip: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
