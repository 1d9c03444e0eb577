import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from '../courses/courses.service.js';
import { MembershipService } from '../enrolments/membership.service.js';
import { Survey } from './entities/survey.entity.js';

/** Cohorts whose responses a caller may read: null means every response of the survey. */
export type ResponseScope = string[] | null;

/**
 * Who may touch a survey. Organizers: everything. Facilitators: read the surveys of editions they
 * take part in, and the identified results of their own cohorts only. Participants: never others'
 * responses (they reach their own form through their link).
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
    const { cohortIds } = await this.membership.facilitated(caller.id, survey.editionId);
    if (cohortIds.length === 0) throw forbidden();
    return cohortIds;
  }
}
