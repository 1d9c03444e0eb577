import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Language, LocalizedText } from '@sstc/shared';
import { Course } from './course.entity.js';

/** One run of a course. Phase dates are calendar days in the edition's own time zone. */
@Entity('editions')
export class Edition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('editions_code_key', { unique: true })
  @Column('varchar', { length: 40 })
  code: string;

  @Column('uuid', { name: 'course_id' })
  courseId: string;

  @ManyToOne(() => Course, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'course_id' })
  course: Relation<Course>;

  @Column('jsonb')
  title: LocalizedText;

  /** Where the face-to-face week takes place, in each language (required in the default one). */
  @Column('jsonb')
  venue: LocalizedText;

  @Column('varchar', { name: 'time_zone', length: 64 })
  timeZone: string;

  @Column('varchar', { name: 'default_language', length: 2 })
  defaultLanguage: Language;

  @Column('varchar', { array: true, length: 2 })
  languages: Language[];

  @Column('date', { name: 'pre_learning_opens' })
  preLearningOpens: string;

  @Column('date', { name: 'pre_learning_closes' })
  preLearningCloses: string;

  @Column('date', { name: 'face_to_face_start' })
  faceToFaceStart: string;

  @Column('date', { name: 'face_to_face_end' })
  faceToFaceEnd: string;

  @Column('date', { name: 'post_learning_opens' })
  postLearningOpens: string;

  @Column('date', { name: 'post_learning_closes', nullable: true })
  postLearningCloses: string | null;

  @Column('date', { name: 'elective_deadline' })
  electiveDeadline: string;

  @Column('date', { name: 'impact_assessment_on' })
  impactAssessmentOn: string;
}
