import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Edition } from '../courses/edition.entity.js';

export const DEFAULT_REMINDER_DAYS_BEFORE = 7;

/** An edition's pre-learning settings; an edition without a row uses the defaults. */
@Entity('learning_settings')
export class LearningSettingsRow {
  @PrimaryColumn('uuid', { name: 'edition_id' })
  editionId: string;

  @OneToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  /** Reminders go to participants who have not started this many days before the face-to-face week. */
  @Column('int', { name: 'reminder_days_before', default: DEFAULT_REMINDER_DAYS_BEFORE })
  reminderDaysBefore: number;
}
