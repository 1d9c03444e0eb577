import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ProgrammeItem } from '../../programme/programme-item.entity.js';
import { Practice } from './practice.entity.js';

/** A practice linked to a panel or module of an edition's programme. */
@Entity('practice_programme_items')
@Index('practice_programme_items_item_idx', ['programmeItemId'])
export class PracticeProgrammeItem {
  @PrimaryColumn('uuid', { name: 'practice_id' })
  practiceId: string;

  @PrimaryColumn('uuid', { name: 'programme_item_id' })
  programmeItemId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @ManyToOne(() => ProgrammeItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_item_id' })
  programmeItem: Relation<ProgrammeItem>;
}
