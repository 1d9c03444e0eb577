import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '../../users/user.entity.js';
import { Practice } from './practice.entity.js';

/**
 * A file uploaded to a practice, kept in PostgreSQL (bytea): every server instance serves it, it is
 * backed up with the rest and goes with its practice. The content type is what the file's bytes
 * say (sniffed), never what the uploader claimed; `data` is read only when the file is downloaded.
 */
@Entity('practice_documents')
@Index('practice_documents_practice_idx', ['practiceId'])
export class PracticeDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'practice_id' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  /** The file's name as shown and downloaded (its extension the sniffed type's). */
  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { name: 'content_type', length: 120 })
  contentType: string;

  @Column('int')
  size: number;

  @Column('bytea', { select: false })
  data: Buffer;

  @Column('uuid', { name: 'uploaded_by', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by' })
  uploadedBy: Relation<User> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
