import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Keys of the server's signed links (one-click unsubscribe), made at first start and shared by
 * every instance through the database; nothing to configure.
 */
@Entity('signing_keys')
export class SigningKey {
  @PrimaryColumn('varchar', { length: 40 })
  name: string;

  /** 32 random bytes, base64url. */
  @Column('varchar', { length: 100 })
  secret: string;
}
