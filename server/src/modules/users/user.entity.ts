import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ConstituencyGroup, IloRegion, Language, Role } from '@sstc/shared';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique across the platform. */
  @Index('users_email_key', { unique: true })
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { length: 20 })
  role: Role;

  /** Null until the person accepts their invitation and sets a password. */
  @Column('varchar', { name: 'password_hash', length: 300, nullable: true })
  passwordHash: string | null;

  @Column('varchar', { length: 2, nullable: true })
  country: string | null;

  /** Derived from country on every write, stored so reports can group by it in SQL. */
  @Column('varchar', { name: 'ilo_region', length: 30, nullable: true })
  iloRegion: IloRegion | null;

  @Column('varchar', { length: 300, nullable: true })
  organisation: string | null;

  @Column('varchar', { name: 'constituency_group', length: 40, nullable: true })
  constituencyGroup: ConstituencyGroup | null;

  @Column('varchar', { length: 2, default: 'en' })
  language: Language;

  @Column('varchar', { name: 'time_zone', length: 64, default: 'UTC' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'activated_at', nullable: true })
  activatedAt: Date | null;
}
