import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../users/user.entity.js';

/** A reader's translation setting; no row: the defaults (translate on demand only). */
@Entity('translation_preferences')
export class TranslationPreference {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('boolean', { name: 'auto_translate', default: false })
  autoTranslate: boolean;
}
