import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { Language } from '@sstc/shared';
import { Message } from './message.entity.js';

/**
 * An announcement in another language than the one it was written in: written by a moderator, or
 * a machine draft (not reviewed) until a moderator reviews or rewrites it. Readers of that
 * language read it instead of an on-demand machine translation.
 */
@Entity('message_versions')
export class MessageVersion {
  @PrimaryColumn('uuid', { name: 'message_id' })
  messageId: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message: Relation<Message>;

  @PrimaryColumn('varchar', { length: 2 })
  language: Language;

  @Column('text')
  body: string;

  @Column('boolean', { name: 'machine_draft', default: false })
  machineDraft: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
