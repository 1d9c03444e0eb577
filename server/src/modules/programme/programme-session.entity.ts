import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LocalizedText, SessionFormat } from '@sstc/shared';
import { ProgrammeItem } from './programme-item.entity.js';

/** One time slot of a programme item, stored in UTC. */
@Entity('programme_sessions')
export class ProgrammeSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('programme_sessions_item_idx')
  @Column('uuid', { name: 'item_id' })
  itemId: string;

  @ManyToOne(() => ProgrammeItem, (item) => item.sessions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item: Relation<ProgrammeItem>;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt: Date;

  /** The room's name in each language; {} when none is set. */
  @Column('jsonb', { default: {} })
  room: LocalizedText;

  @Column('varchar', { length: 30 })
  format: SessionFormat;
}
