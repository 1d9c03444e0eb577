import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Room } from '../../discussions/entities/room.entity.js';
import { Practice } from './practice.entity.js';

/** A practice linked to a discussion room: the room shows it to its members. */
@Entity('practice_rooms')
@Index('practice_rooms_room_idx', ['roomId'])
export class PracticeRoom {
  @PrimaryColumn('uuid', { name: 'practice_id' })
  practiceId: string;

  @PrimaryColumn('uuid', { name: 'room_id' })
  roomId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @ManyToOne(() => Room, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id' })
  room: Relation<Room>;
}
