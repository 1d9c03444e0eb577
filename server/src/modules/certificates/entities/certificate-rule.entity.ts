import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Edition } from '../../courses/edition.entity.js';

/** What an edition asks before a certificate of participation; an edition without a row asks for the completed package only. */
@Entity('certificate_rules')
export class CertificateRuleRow {
  @PrimaryColumn('uuid', { name: 'edition_id' })
  editionId: string;

  @OneToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition: Relation<Edition>;

  @Column('boolean', { name: 'requires_package', default: true })
  requiresPackage: boolean;

  @Column('int', { name: 'min_attendance_percent', nullable: true })
  minAttendancePercent: number | null;

  @Column('boolean', { name: 'requires_general_assessment', default: false })
  requiresGeneralAssessment: boolean;
}
