import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedText } from '@sstc/shared';

@Entity('courses')
export class Course {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('courses_code_key', { unique: true })
  @Column('varchar', { length: 40 })
  code: string;

  @Column('jsonb')
  title: LocalizedText;

  @Column('jsonb', { default: {} })
  description: LocalizedText;
}
