import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  CERTIFICATE_CODE_ALPHABET,
  CERTIFICATE_STANDINGS,
  CERTIFICATES_PAGE_SIZE,
  localize,
  type CertificateFacts,
  type CertificateList,
  type CertificateListQuery,
  type CertificateListRow,
  type CertificateRule,
  type CertificateStanding,
  type CertificateSummary,
  type CertificateVerification,
  type IssueCertificatesReply,
  type IssueCertificatesRequest,
  type Language,
  type MyCertificate,
  type RequirementProgress,
} from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CONFIG, type Config } from '../../config/config.js';
import { CoursesService } from '../courses/courses.service.js';
import type { Edition } from '../courses/edition.entity.js';
import { activeEnrolmentsIn } from '../enrolments/membership.sql.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { LearningProgressService, type PackageCompletion } from '../learning/learning-progress.service.js';
import { SurveysService } from '../surveys/surveys.service.js';
import { AttendanceService, type WeekRecord } from './attendance.service.js';
import { renderCertificate } from './certificate-pdf.js';
import { CertificateRuleRow } from './entities/certificate-rule.entity.js';
import { Certificate } from './entities/certificate.entity.js';

/** Without a rule of its own, an edition asks for the completed pre-learning package. */
const DEFAULT_RULE: CertificateRule = { package: true, minAttendancePercent: null, generalAssessment: false };

interface Participant {
  userId: string;
  name: string;
  email: string;
  country: string | null;
  language: Language;
}

/** What the edition knows of each participant, read once for a whole list. */
interface EditionRecords {
  edition: Edition;
  rule: CertificateRule;
  completion: PackageCompletion;
  week: Map<string, WeekRecord>;
  respondents: Set<string>;
  certificates: Map<string, Certificate>;
}

/**
 * Certificates of participation: the edition's rule, where each participant stands, issuing (by the
 * participant once eligible, or by organizers in bulk), revoking, the PDF in the reader's language,
 * and the public verification by code.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly courses: CoursesService,
    private readonly membership: MembershipService,
    private readonly attendance: AttendanceService,
    private readonly learning: LearningProgressService,
    private readonly surveys: SurveysService,
    private readonly jobs: JobsService,
  ) {}

  async rule(editionId: string): Promise<CertificateRule> {
    await this.courses.editionOrFail(editionId);
    const row = await this.dataSource.getRepository(CertificateRuleRow).findOneBy({ editionId });
    return row
      ? { package: row.requiresPackage, minAttendancePercent: row.minAttendancePercent, generalAssessment: row.requiresGeneralAssessment }
      : DEFAULT_RULE;
  }

  async setRule(editionId: string, rule: CertificateRule): Promise<CertificateRule> {
    await this.courses.editionOrFail(editionId);
    await this.dataSource.getRepository(CertificateRuleRow).upsert(
      {
        editionId,
        requiresPackage: rule.package,
        minAttendancePercent: rule.minAttendancePercent,
        requiresGeneralAssessment: rule.generalAssessment,
      },
      ['editionId'],
    );
    return this.rule(editionId);
  }

  /** A participant's own standing in an edition they take part in. */
  async mine(caller: RequestUser, editionId: string): Promise<MyCertificate> {
    await this.assertParticipant(caller, editionId);
    const records = await this.records(editionId, caller.id);
    const row = this.standingOf(records, caller.id);
    return { rule: records.rule, requirements: row.requirements, standing: row.standing, certificate: row.certificate };
  }

  /** The participant takes their certificate once eligible; taking it twice returns the same one. */
  async claim(caller: RequestUser, editionId: string): Promise<CertificateSummary> {
    await this.assertParticipant(caller, editionId);
    const [participant] = await this.participants(editionId, [caller.id]);
    const records = await this.records(editionId, caller.id);
    const { standing, certificate } = this.standingOf(records, caller.id);
    if (standing === 'issued') return certificate!;
    if (standing === 'revoked') throw new ApiException('certificate_revoked');
    if (standing !== 'eligible') throw new ApiException('certificate_not_eligible');
    await this.dataSource.transaction((manager) => this.insert(manager, records, participant!, null));
    return (await this.mine(caller, editionId)).certificate!;
  }

  async list(editionId: string, query: CertificateListQuery): Promise<CertificateList> {
    const [records, participants] = await Promise.all([this.records(editionId), this.participants(editionId)]);
    const needle = query.q?.toLocaleLowerCase();
    const rows: CertificateListRow[] = participants
      .filter((p) => !needle || p.name.toLocaleLowerCase().includes(needle) || p.email.toLocaleLowerCase().includes(needle))
      .map((p) => ({ userId: p.userId, name: p.name, email: p.email, country: p.country, ...this.standingOf(records, p.userId) }));
    const counts = Object.fromEntries(
      CERTIFICATE_STANDINGS.map((standing) => [standing, rows.filter((row) => row.standing === standing).length]),
    ) as Record<CertificateStanding, number>;
    const shown = query.standing ? rows.filter((row) => row.standing === query.standing) : rows;
    const start = (query.page - 1) * CERTIFICATES_PAGE_SIZE;
    return {
      rule: records.rule,
      rows: shown.slice(start, start + CERTIFICATES_PAGE_SIZE),
      total: shown.length,
      page: query.page,
      pageSize: CERTIFICATES_PAGE_SIZE,
      counts,
    };
  }

  /**
   * Organizers issue to the participants named (again after a revocation, when named), or to every
   * eligible participant without one. Each participant is emailed in their language.
   */
  async issue(caller: RequestUser, editionId: string, request: IssueCertificatesRequest): Promise<IssueCertificatesReply> {
    const participants = await this.participants(editionId, request.userIds);
    if (request.userIds && participants.length !== new Set(request.userIds).size) throw notFound();
    const records = await this.records(editionId);
    let issued = 0;
    let notEligible = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const participant of participants) {
        const { standing, requirements } = this.standingOf(records, participant.userId);
        if (standing === 'issued' || (standing === 'revoked' && !request.userIds)) continue;
        if (!requirements.every((r) => r.met)) {
          notEligible += 1;
          continue;
        }
        if (await this.insert(manager, records, participant, caller.id)) issued += 1;
      }
    });
    return { issued, notEligible };
  }

  async revoke(caller: RequestUser, certificateId: string, reason: string): Promise<CertificateSummary> {
    const repository = this.dataSource.getRepository(Certificate);
    const certificate = await repository.findOneBy({ id: certificateId });
    if (!certificate) throw notFound();
    if (!certificate.revokedAt) {
      await repository.update({ id: certificateId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedBy: caller.id, revocationReason: reason });
    }
    return summaryOf(await repository.findOneByOrFail({ id: certificateId }));
  }

  /** The PDF, for its holder or an organizer, in the language asked (else the reader's). */
  async pdf(caller: RequestUser, certificateId: string, language?: Language): Promise<{ fileName: string; body: Buffer }> {
    const certificate = await this.dataSource.getRepository(Certificate).findOneBy({ id: certificateId });
    if (!certificate || (certificate.userId !== caller.id && caller.role !== 'organizer')) throw notFound();
    if (certificate.revokedAt) throw new ApiException('certificate_revoked');
    const body = await renderCertificate(certificate, language ?? caller.language, this.verifyUrl(certificate.code));
    return { fileName: `certificate-${certificate.code}.pdf`, body };
  }

  /** What anyone with the code may read: the facts, and whether it was revoked. */
  async verify(code: string): Promise<CertificateVerification> {
    const certificate = await this.dataSource.getRepository(Certificate).findOneBy({ code });
    if (!certificate) throw notFound();
    return {
      code: certificate.code,
      facts: certificate.facts,
      issuedAt: certificate.issuedAt.toISOString(),
      revokedAt: certificate.revokedAt?.toISOString() ?? null,
      revocationReason: certificate.revocationReason,
    };
  }

  verifyUrl(code: string): string {
    return `${this.config.PUBLIC_URL}/verify/${code}`;
  }

  private async assertParticipant(caller: RequestUser, editionId: string): Promise<void> {
    await this.courses.editionOrFail(editionId);
    const enrolment = await this.membership.activeEnrolment(caller.id, editionId);
    if (!enrolment || enrolment.role !== 'participant') throw forbidden();
  }

  private async participants(editionId: string, userIds?: string[]): Promise<Participant[]> {
    const rows: { user_id: string; name: string; email: string; country: string | null; language: Language }[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.name, u.email, u.country, u.language
         FROM ${activeEnrolmentsIn('$1')} e JOIN users u ON u.id = e.user_id
        WHERE e.role = 'participant' AND ($2::uuid[] IS NULL OR u.id = ANY($2::uuid[]))
        ORDER BY u.name, u.id`,
      [editionId, userIds ?? null],
    );
    return rows.map((row) => ({ userId: row.user_id, name: row.name, email: row.email, country: row.country, language: row.language }));
  }

  /** What the edition knows of its participants, or of one of them (their own standing, their claim). */
  private async records(editionId: string, userId?: string): Promise<EditionRecords> {
    const edition = await this.courses.editionOrFail(editionId);
    const [rule, completion, week, respondents, certificates] = await Promise.all([
      this.rule(editionId),
      this.learning.packageCompletion(editionId, userId),
      this.attendance.weekRecords(editionId, userId),
      this.surveys.respondents(editionId, 'general_assessment', userId),
      // The valid certificate of each person, else their latest revoked one.
      this.dataSource.getRepository(Certificate).find({ where: { editionId, ...(userId ? { userId } : {}) }, order: { issuedAt: 'ASC' } }),
    ]);
    const latest = new Map<string, Certificate>();
    for (const certificate of certificates) {
      const kept = latest.get(certificate.userId);
      if (!kept || kept.revokedAt || !certificate.revokedAt) latest.set(certificate.userId, certificate);
    }
    return { edition, rule, completion, week, respondents, certificates: latest };
  }

  private standingOf(records: EditionRecords, userId: string): Pick<CertificateListRow, 'requirements' | 'standing' | 'certificate'> {
    const { rule, completion, week, respondents } = records;
    const requirements: RequirementProgress[] = [];
    if (rule.package) {
      const completed = completion.byUser.get(userId)?.completed ?? 0;
      requirements.push({ requirement: 'package', met: completed >= completion.total, done: completed, needed: completion.total });
    }
    if (rule.minAttendancePercent !== null) {
      const record = week.get(userId);
      const held = record?.held ?? 0;
      const needed = Math.ceil((held * rule.minAttendancePercent) / 100);
      const present = record?.present ?? 0;
      requirements.push({ requirement: 'attendance', met: held > 0 && present >= needed, done: present, needed: Math.max(needed, 1) });
    }
    if (rule.generalAssessment) {
      const answered = respondents.has(userId);
      requirements.push({ requirement: 'general_assessment', met: answered, done: answered ? 1 : 0, needed: 1 });
    }
    const certificate = records.certificates.get(userId);
    const standing: CertificateStanding = certificate
      ? certificate.revokedAt
        ? 'revoked'
        : 'issued'
      : requirements.every((r) => r.met)
        ? 'eligible'
        : 'not_eligible';
    return { requirements, standing, certificate: certificate ? summaryOf(certificate) : null };
  }

  /** Issues one certificate with the facts as they are now; false when the person already has a valid one. */
  private async insert(manager: EntityManager, records: EditionRecords, participant: Participant, issuedBy: string | null): Promise<boolean> {
    const { edition } = records;
    const week = records.week.get(participant.userId);
    const facts: CertificateFacts = {
      holderName: participant.name,
      courseTitle: edition.course.title,
      editionTitle: edition.title,
      venue: edition.venue,
      defaultLanguage: edition.defaultLanguage,
      faceToFaceStart: edition.faceToFaceStart,
      faceToFaceEnd: edition.faceToFaceEnd,
      modules: week?.modules ?? [],
      preLearningMinutes: records.completion.byUser.get(participant.userId)?.minutes ?? 0,
      faceToFaceMinutes: week?.presentMinutes ?? 0,
    };
    const code = newCode();
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO certificates (code, edition_id, user_id, facts, issued_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (edition_id, user_id) WHERE revoked_at IS NULL DO NOTHING
       RETURNING id`,
      [code, edition.id, participant.userId, facts, issuedBy],
    );
    if (inserted.length === 0) return false;
    // A participant who takes it themselves downloads it at once; organizers' issues are announced.
    if (issuedBy === null) return true;
    await this.jobs.send(
      'send-email',
      {
        key: `certificate-issued:${inserted[0]!.id}`,
        to: participant.email,
        language: participant.language,
        template: 'certificate_issued',
        params: {
          name: participant.name,
          edition: localize(edition.title, participant.language, edition.defaultLanguage),
          code,
          link: `${this.config.PUBLIC_URL}/editions/${edition.id}`,
        },
      },
      {},
      manager,
    );
    return true;
  }
}

function summaryOf(certificate: Certificate): CertificateSummary {
  return {
    id: certificate.id,
    code: certificate.code,
    issuedAt: certificate.issuedAt.toISOString(),
    revokedAt: certificate.revokedAt?.toISOString() ?? null,
    revocationReason: certificate.revocationReason,
  };
}

function newCode(): string {
  const characters = Array.from({ length: 12 }, () => CERTIFICATE_CODE_ALPHABET[randomInt(CERTIFICATE_CODE_ALPHABET.length)]);
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}
