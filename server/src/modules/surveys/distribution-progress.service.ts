import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DistributionProgress, SurveyMessageKind, MessageStatus, Page, Recipient, RecipientListQuery } from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import { enrolmentsIn } from '../enrolments/membership.sql.js';
import { DistributionsService } from './distributions.service.js';
import { SurveyDistribution } from './entities/survey-distribution.entity.js';
import { surveyError } from './survey-errors.js';

/** What organizers follow while a distribution sends: counts, the recipient list, a resend. */
@Injectable()
export class DistributionProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly distributions: DistributionsService,
  ) {}

  async progress(distributionId: string): Promise<DistributionProgress> {
    const distribution = await this.find(distributionId);
    const [counts] = await this.dataSource.query(
      'SELECT count(*)::int AS recipients, count(*) FILTER (WHERE responded)::int AS responded FROM survey_invitations WHERE distribution_id = $1',
      [distributionId],
    );
    const messages: { kind: SurveyMessageKind; status: MessageStatus; count: number }[] = await this.dataSource.query(
      `SELECT kind, status, count(*)::int AS count FROM survey_messages m WHERE distribution_id = $1 ${onlyInvitations(distribution)} GROUP BY 1, 2 ORDER BY 1, 2`,
      [distributionId],
    );
    return { recipients: counts.recipients, responded: counts.responded, messages };
  }

  async recipients(distributionId: string, query: RecipientListQuery): Promise<Page<Recipient>> {
    const distribution = await this.find(distributionId);
    const anonymous = distribution.survey.anonymous;
    const params: unknown[] = [distributionId, distribution.survey.editionId];
    const filters: string[] = [];
    if (query.search) {
      params.push(`%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      filters.push(`(u.name ILIKE $${params.length} OR u.email ILIKE $${params.length})`);
    }
    // Anonymous: what reached a person depends on whether they responded, so it is neither shown nor filtered on.
    if (query.status && !anonymous) {
      params.push(query.status);
      filters.push(`last.status = $${params.length}`);
    }
    const from = `FROM survey_invitations i
      JOIN users u ON u.id = i.user_id
      LEFT JOIN ${enrolmentsIn('$2')} e ON e.user_id = i.user_id
      LEFT JOIN cohorts c ON c.id = e.cohort_id
      LEFT JOIN LATERAL (SELECT m.kind, m.status, m.error, m.sent_at FROM survey_messages m WHERE m.invitation_id = i.id ORDER BY m.created_at DESC LIMIT 1) last ON true
      WHERE i.distribution_id = $1 ${filters.map((f) => `AND ${f}`).join(' ')}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows: {
      id: string;
      name: string;
      email: string;
      language: Recipient['language'];
      cohort: string | null;
      responded: boolean;
      kind: SurveyMessageKind | null;
      status: MessageStatus | null;
      error: string | null;
      sent_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT i.id, u.name, u.email, i.language, c.name AS cohort, i.responded, last.kind, last.status, last.error, last.sent_at ${from}
         ORDER BY u.name, i.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return {
      items: rows.map((row) => ({
        invitationId: row.id,
        name: row.name,
        email: row.email,
        language: row.language,
        cohort: row.cohort,
        // In an anonymous survey, who answered is used only to stop reminders, never shown: each person is only "invited".
        responded: anonymous ? null : row.responded,
        lastMessage:
          !anonymous && row.kind && row.status
            ? { kind: row.kind, status: row.status, error: row.error, sentAt: row.sent_at?.toISOString() ?? null }
            : null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Sends one person a new copy of their invitation, with a fresh link (while the distribution is
   * open). In an anonymous survey the answer is the same whether the person responded or not: the
   * resend is planned either way, and the sender skips it for someone who responded.
   */
  async resend(distributionId: string, invitationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [invitation] = await manager.query(
        `SELECT i.id, i.responded, d.status, d.closes_at, s.anonymous FROM survey_invitations i JOIN survey_distributions d ON d.id = i.distribution_id
           JOIN surveys s ON s.id = i.survey_id
          WHERE i.id = $1 AND i.distribution_id = $2 FOR UPDATE OF i`,
        [invitationId, distributionId],
      );
      if (!invitation) throw notFound();
      if (invitation.status !== 'open' || new Date(invitation.closes_at) <= new Date()) throw surveyError('survey_closed');
      if (invitation.responded && !invitation.anonymous) throw surveyError('survey_already_submitted');
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM survey_messages WHERE invitation_id = $1 AND kind = 'resend'`, [
        invitationId,
      ]);
      if (count >= 10) throw new ApiException('too_many_requests', { retryAfter: 3600 });
      await manager.query(`INSERT INTO survey_messages (key, distribution_id, invitation_id, kind) VALUES ($1, $2, $3, 'resend')`, [
        `${invitationId}:resend:${count + 1}`,
        distributionId,
        invitationId,
      ]);
      await this.distributions.enqueueSenders(manager, distributionId, 1);
    });
  }

  private async find(distributionId: string): Promise<SurveyDistribution> {
    const distribution = await this.dataSource
      .getRepository(SurveyDistribution)
      .findOne({ where: { id: distributionId }, relations: { survey: true } });
    if (!distribution) throw notFound();
    return distribution;
  }
}

/**
 * In an anonymous survey the progress counts only invitations: reminders and resends go (or are
 * skipped) according to who responded, so counting them after a resend to one person would tell.
 */
function onlyInvitations(distribution: SurveyDistribution): string {
  return distribution.survey.anonymous ? `AND m.kind = 'invitation'` : '';
}
