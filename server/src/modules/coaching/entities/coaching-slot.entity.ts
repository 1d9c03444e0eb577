import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Language } from '@sstc/shared';
import { Edition } from '../../courses/edition.entity.js';
import { ProgrammeItem } from '../../programme/programme-item.entity.js';
import { User } from '../../users/user.entity.js';

/** A time a facilitator offers for coaching the edition's participants: one seat, or a group's. */
@Entity('coaching_slots')
@Index('coaching_slots_edition_starts_idx', ['editionId', 'startsAt'])
@Check('coaching_slots_capacity_check', '"capacity" >= 1')
@Check('coaching_slots_where_check', '"meeting_link" IS NOT NULL OR "place" IS NOT NULL')
export class CoachingSlot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Index('coaching_slots_facilitator_idx')
  @Column('uuid', { name: 'facilitator_id' })
  facilitatorId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facilitator_id' })
  facilitator: Relation<User>;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  /** The facilitator's zone, shown beside the reader's. */
  @Column('varchar', { name: 'time_zone', length: 64 })
  timeZone: string;

  @Column('integer', { name: 'duration_minutes' })
  durationMinutes: number;

  @Column('text', { name: 'meeting_link', nullable: true })
  meetingLink: string | null;

  @Column('varchar', { length: 300, nullable: true })
  place: string | null;

  @Column('varchar', { length: 2 })
  language: Language;

  @Column('uuid', { name: 'programme_item_id', nullable: true })
  programmeItemId: string | null;

  @ManyToOne(() => ProgrammeItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_item_id' })
  programmeItem: Relation<ProgrammeItem> | null;

  @Column('varchar', { length: 500, nullable: true })
  need: string | null;

  @Column('integer', { default: 1 })
  capacity: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
