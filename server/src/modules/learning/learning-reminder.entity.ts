import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Edition } from '../courses/edition.entity.js';
import { User } from '../users/user.entity.js';

/** One pre-learning reminder per person and edition: the primary key makes a second send impossible. */
@Entity('learning_reminders')
export class LearningReminder {
  @PrimaryColumn('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;
}
