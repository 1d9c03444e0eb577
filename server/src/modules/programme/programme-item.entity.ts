import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LocalizedText, Modality, ProgrammeItemKind } from '@sstc/shared';
import { Edition } from '../courses/edition.entity.js';
import { User } from '../users/user.entity.js';
import { ProgrammeSession } from './programme-session.entity.js';

/** A panel, mandatory module or elective module of an edition. */
@Entity('programme_items')
@Index('programme_items_edition_idx', ['editionId', 'kind', 'number'])
export class ProgrammeItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Column('varchar', { length: 20 })
  kind: ProgrammeItemKind;

  /** The item's number in the edition's programme ("Module 3"), per kind. */
  @Column('int')
  number: number;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { default: {} })
  description: LocalizedText;

  /** Elective modules only: modules of one block run in parallel; a participant takes one. */
  @Column('varchar', { length: 20, nullable: true })
  block: string | null;

  @Column('int', { nullable: true })
  capacity: number | null;

  @Column('varchar', { array: true, length: 30, default: '{}' })
  modalities: Modality[];

  @Column('int', { array: true, default: '{}' })
  sdgs: number[];

  /** Facilitators and resource persons: they run its sessions and moderate its room. */
  @ManyToMany(() => User)
  @JoinTable({ name: 'programme_item_facilitators', joinColumn: { name: 'item_id' }, inverseJoinColumn: { name: 'user_id' } })
  facilitators: Relation<User>[];

  /** Speakers and experts without an account on the platform. */
  @Column('varchar', { name: 'resource_persons', array: true, length: 200, default: '{}' })
  resourcePersons: string[];

  @OneToMany(() => ProgrammeSession, (session) => session.item)
  sessions: Relation<ProgrammeSession>[];
}
