import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Message } from './message.entity.js';

/** A message's text before an edit: the history moderators can read. */
@Entity('message_edits')
@Index('message_edits_message_idx', ['messageId', 'editedAt'])
export class MessageEdit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'message_id' })
  messageId: string;

  @ManyToOne(() => Message, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message: Relation<Message>;

  /** The text as it was until this edit. */
  @Column('text')
  body: string;

  /** When that text was written (the message's creation or a previous edit). */
  @Column('timestamptz', { name: 'written_at' })
  writtenAt: Date;

  @Column('timestamptz', { name: 'edited_at', default: () => 'now()' })
  editedAt: Date;
}
