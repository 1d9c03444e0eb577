import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from '../courses/courses.service.js';
import { follows } from '../enrolments/membership.sql.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { Survey } from './entities/survey.entity.js';

/** Whose responses a caller may read: null means every response of the survey, else those of the participants a facilitator follows. */
export type ResponseScope = { facilitatorId: string; editionId: string } | null;

/**
 * The SQL condition keeping the responses, invitations or interviews of the person `user` (an SQL
 * expression such as `r.user_id`) that the scope may read; its values are appended to `params`.
 */
export function readableBy(scope: ResponseScope, user: string, params: unknown[]): string {
  if (!scope) return 'true';
  params.push(scope.facilitatorId, scope.editionId);
  return follows(`$${params.length - 1}`, user, `$${params.length}`);
}

/**
 * Who may touch a survey. Organizers: everything. Facilitators: read the surveys of editions they
 * take part in, and the identified results of the participants of the cohorts and programme items
 * they facilitate only (the membership owner's rule). Participants: never others' responses (they
 * reach their own form through their link).
 */
@Injectable()
export class SurveyAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly membership: MembershipService,
  ) {}

  async find(surveyId: string): Promise<Survey> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id: surveyId });
    if (!survey) throw notFound();
    return survey;
  }

  /** Organizers and the edition's facilitators may read a survey's definition. */
  async readable(caller: RequestUser, surveyId: string): Promise<Survey> {
    const survey = await this.find(surveyId);
    await this.assertEditionStaff(caller, survey.editionId);
    return survey;
  }

  async assertEditionStaff(caller: RequestUser, editionId: string): Promise<void> {
    if (caller.role === 'participant') throw forbidden();
    await this.courses.assertCanView(caller, editionId);
  }

  /** The responses a caller may read, or a refusal. */
  async resultsScope(caller: RequestUser, survey: Survey): Promise<ResponseScope> {
    if (caller.role === 'organizer') return null;
    if (caller.role !== 'facilitator' || survey.anonymous) throw forbidden();
    const { cohortIds, itemIds } = await this.membership.facilitated(caller.id, survey.editionId);
    if (cohortIds.length === 0 && itemIds.length === 0) throw forbidden();
    return { facilitatorId: caller.id, editionId: survey.editionId };
  }

  /** Whether the scope may read what this person answered (organizers: anyone). */
  async canRead(scope: ResponseScope, userId: string | null): Promise<boolean> {
    if (!scope) return true;
    return userId !== null && this.membership.follows(scope.facilitatorId, userId, scope.editionId);
  }
}
