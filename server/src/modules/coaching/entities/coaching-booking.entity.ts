import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { CoachingSlot } from './coaching-slot.entity.js';

/**
 * A participant's seat in a coaching slot. A cancelled booking stays (its `cancelledAt` set) so the
 * facilitator keeps its notes; a participant holds at most one live booking per slot.
 */
@Entity('coaching_bookings')
@Index('coaching_bookings_live_idx', ['slotId', 'participantId'], { unique: true, where: '"cancelled_at" IS NULL' })
@Index('coaching_bookings_participant_idx', ['participantId'])
export class CoachingBooking {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'slot_id' })
  slotId: string;

  @ManyToOne(() => CoachingSlot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'slot_id' })
  slot: Relation<CoachingSlot>;

  @Column('uuid', { name: 'participant_id' })
  participantId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant: Relation<User>;

  @CreateDateColumn({ name: 'booked_at', type: 'timestamptz' })
  bookedAt: Date;

  @Column('timestamptz', { name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  /** Set in the transaction that queues the reminder email: a second run finds it and sends nothing. */
  @Column('timestamptz', { name: 'reminded_at', nullable: true })
  remindedAt: Date | null;

  /** The facilitator's notes: read by the slot's facilitator and organizers only. */
  @Column('text', { nullable: true })
  notes: string | null;
}
