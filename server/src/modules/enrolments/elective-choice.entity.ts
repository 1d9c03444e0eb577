import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ElectiveChoiceStatus } from '@sstc/shared';
import { Edition } from '../courses/edition.entity.js';
import { User } from '../users/user.entity.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';

/**
 * A participant's seat, or place on the waitlist, in an elective module: one per block, which
 * the database enforces. Rows of a module change only while its programme_items row is locked.
 */
@Entity('elective_choices')
@Index('elective_choices_user_item_key', ['userId', 'itemId'], { unique: true })
@Index('elective_choices_edition_user_block_key', ['editionId', 'userId', 'block'], { unique: true })
@Index('elective_choices_item_status_idx', ['itemId', 'status', 'createdAt'])
export class ElectiveChoice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Column('uuid', { name: 'item_id' })
  itemId: string;

  @ManyToOne(() => ProgrammeItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item: Relation<ProgrammeItem>;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column('varchar', { length: 20 })
  block: string;

  @Column('varchar', { length: 20 })
  status: ElectiveChoiceStatus;

  /** Waitlist order is by this time: the first to join is the first promoted. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
