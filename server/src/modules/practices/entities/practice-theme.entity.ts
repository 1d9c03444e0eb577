import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '@sstc/shared';

/** One theme of the managed list practices are tagged with (organizers keep the list and its names in each language). */
@Entity('practice_themes')
export class PracticeTheme {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A stable slug ("just-transition"), for links and the demo data. */
  @Index('practice_themes_key_key', { unique: true })
  @Column('varchar', { length: 60 })
  key: string;

  @Column('jsonb')
  name: LocalizedText;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
