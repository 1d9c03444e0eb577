import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LocalizedText, RoomKind } from '@sstc/shared';
import { Cohort } from '../../cohorts/cohort.entity.js';
import { Edition } from '../../courses/edition.entity.js';
import { ProgrammeItem } from '../../programme/programme-item.entity.js';

/**
 * A discussion space. Edition, programme item and cohort rooms take their title and members from
 * their edition's data; community rooms have a title of their own and stay open after the edition.
 */
@Entity('rooms')
@Index('rooms_edition_key', ['editionId'], { unique: true, where: `kind = 'edition'` })
@Index('rooms_item_key', ['itemId'], { unique: true, where: 'item_id IS NOT NULL' })
@Index('rooms_cohort_key', ['cohortId'], { unique: true, where: 'cohort_id IS NOT NULL' })
export class Room {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 20 })
  kind: RoomKind;

  @Index('rooms_edition_idx')
  @Column('uuid', { name: 'edition_id', nullable: true })
  editionId: string | null;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition> | null;

  @Column('uuid', { name: 'item_id', nullable: true })
  itemId: string | null;

  @ManyToOne(() => ProgrammeItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item: Relation<ProgrammeItem> | null;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort: Relation<Cohort> | null;

  /** Community rooms only; the others show their edition's, item's or cohort's name. */
  @Column('jsonb', { default: {} })
  title: LocalizedText;

  @Column('timestamptz', { name: 'locked_at', nullable: true })
  lockedAt: Date | null;

  @Column('int', { name: 'slow_mode_seconds', default: 0 })
  slowModeSeconds: number;

  /**
   * The room's change counter: every new message and every change to one takes the next value,
   * in the same transaction, so a reader can ask for everything after the last one it has.
   */
  @Column('int', { name: 'last_revision', default: 0 })
  lastRevision: number;

  @Column('timestamptz', { name: 'last_message_at', nullable: true })
  lastMessageAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
