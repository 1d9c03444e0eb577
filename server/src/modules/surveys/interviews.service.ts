import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  INTERVIEW_KEYS,
  INTERVIEW_OUTCOMES,
  INTERVIEW_STATUSES,
  localize,
  localizeContent,
  type Answers,
  type Interview,
  type InterviewList,
  type InterviewStatus,
  type Language,
  type LocalizedText,
  type MyInterview,
  type ProposeInterviewRequest,
  type RecordInterviewRequest,
} from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { JobsService } from '../jobs/jobs.service.js';
import { Edition } from '../courses/edition.entity.js';
import { SurveyInterview } from './entities/survey-interview.entity.js';
import { readableBy, SurveyAccessService } from './survey-access.service.js';
import { loadContent } from './survey-content.js';
import { exportValue } from './survey-export.service.js';

interface InterviewRow {
  id: string;
  survey_id: string;
  user_id: string;
  status: Interview['status'];
  starts_at: Date | null;
  duration_minutes: number | null;
  meeting_link: string | null;
  participant_message: string | null;
  notes: string;
  outcome: Interview['outcome'];
  name: string;
  email: string;
  language: Language;
  country: string | null;
  constituency_group: Interview['participant']['constituencyGroup'];
  ilo_region: Interview['participant']['iloRegion'];
  time_zone: string;
  cohort: string | null;
  cohort_id: string | null;
  answers: Answers;
  interviewer: string | null;
  edition_time_zone: string;
}

const SELECT = `SELECT iv.id, iv.survey_id, iv.user_id, iv.status, iv.starts_at, iv.duration_minutes, iv.meeting_link, iv.participant_message, iv.notes, iv.outcome,
    u.name, u.email, u.language, u.country, u.constituency_group, u.ilo_region, u.time_zone, c.name AS cohort, r.cohort_id, r.answers, iu.name AS interviewer, e.time_zone AS edition_time_zone
  FROM survey_interviews iv
  JOIN users u ON u.id = iv.user_id
  JOIN survey_responses r ON r.id = iv.response_id
  JOIN surveys s ON s.id = iv.survey_id
  JOIN editions e ON e.id = s.edition_id
  LEFT JOIN cohorts c ON c.id = r.cohort_id
  LEFT JOIN users iu ON iu.id = iv.interviewer_id`;

/** States in which the participant holds a calendar invitation for the interview. */
const INVITED: ReadonlySet<InterviewStatus> = new Set(['proposed', 'confirmed', 'reschedule_requested']);

/** The interview follow-up of respondents who report an SSTC initiative linked to the Academy. */
@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: SurveyAccessService,
    private readonly jobs: JobsService,
  ) {}

  async list(caller: RequestUser, surveyId: string, page: number, pageSize: number): Promise<InterviewList> {
    const survey = await this.access.find(surveyId);
    const scope = await this.access.resultsScope(caller, survey);
    const params: unknown[] = [surveyId];
    const where = `WHERE iv.survey_id = $1 AND ${readableBy(scope, 'r.user_id', params)}`;
    const rows: InterviewRow[] = await this.dataSource.query(
      `${SELECT} ${where} ORDER BY array_position($${params.length + 1}::varchar[], iv.status), u.name, iv.id LIMIT $${params.length + 2} OFFSET $${params.length + 3}`,
      [...params, INTERVIEW_STATUSES, pageSize, (page - 1) * pageSize],
    );
    const counts: { status: Interview['status']; outcome: Interview['outcome']; count: number }[] = await this.dataSource.query(
      `SELECT iv.status, iv.outcome, count(*)::int AS count FROM survey_interviews iv JOIN survey_responses r ON r.id = iv.response_id ${where} GROUP BY 1, 2`,
      params,
    );
    const initiativeOf = await this.initiativeReader(surveyId, caller.language);
    return {
      items: rows.map((row) => toInterview(row, initiativeOf(row.answers))),
      total: counts.reduce((sum, c) => sum + c.count, 0),
      page,
      pageSize,
      summary: {
        byStatus: INTERVIEW_STATUSES.map((status) => ({ status, count: counts.filter((c) => c.status === status).reduce((s, c) => s + c.count, 0) })),
        byOutcome: INTERVIEW_OUTCOMES.map((outcome) => ({
          outcome,
          count: counts.filter((c) => c.outcome === outcome).reduce((s, c) => s + c.count, 0),
        })),
      },
    };
  }

  /** Proposes a time and a videoconference link; the participant gets an email with an .ics invitation. */
  async propose(caller: RequestUser, interviewId: string, request: ProposeInterviewRequest): Promise<Interview> {
    await this.dataSource.transaction(async (manager) => {
      const interview = await this.manageable(manager, caller, interviewId);
      if (interview.status === 'done' || interview.status === 'cancelled') throw new ApiException('conflict');
      Object.assign(interview, {
        status: 'proposed',
        startsAt: new Date(request.startsAt),
        durationMinutes: request.durationMinutes,
        meetingLink: request.meetingLink,
        note: request.note,
        interviewerId: caller.id,
        participantMessage: null,
        sequence: interview.sequence + 1,
      });
      await manager.save(interview);
      await this.jobs.send('survey-send-interview-email', { interviewId, sequence: interview.sequence }, {}, manager);
    });
    return this.one(caller, interviewId);
  }

  /** Notes, outcome, done or cancelled; cancelling an interview whose invitation went out withdraws it from the calendar. */
  async record(caller: RequestUser, interviewId: string, request: RecordInterviewRequest): Promise<Interview> {
    await this.dataSource.transaction(async (manager) => {
      const interview = await this.manageable(manager, caller, interviewId);
      const invited = INVITED.has(interview.status) && interview.startsAt !== null;
      if (request.notes !== undefined) interview.notes = request.notes;
      if (request.outcome !== undefined) interview.outcome = request.outcome;
      if (request.status) interview.status = request.status;
      const withdrawn = invited && interview.status === 'cancelled';
      // The cancellation is a new version of the same calendar event: it must outrank the invitation.
      if (withdrawn) interview.sequence += 1;
      await manager.save(interview);
      if (withdrawn) await this.jobs.send('survey-send-interview-email', { interviewId, sequence: interview.sequence }, {}, manager);
    });
    return this.one(caller, interviewId);
  }

  async mine(caller: RequestUser): Promise<MyInterview[]> {
    const rows: (InterviewRow & { title: LocalizedText; default_language: Language })[] = await this.dataSource.query(
      `SELECT iv.id, iv.status, iv.starts_at, iv.duration_minutes, iv.meeting_link, iu.name AS interviewer, e.time_zone AS edition_time_zone, s.title, e.default_language
         FROM survey_interviews iv JOIN surveys s ON s.id = iv.survey_id JOIN editions e ON e.id = s.edition_id LEFT JOIN users iu ON iu.id = iv.interviewer_id
        WHERE iv.user_id = $1 AND iv.status <> 'cancelled' ORDER BY iv.created_at DESC`,
      [caller.id],
    );
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      surveyTitle: localize(row.title, caller.language, row.default_language),
      startsAt: row.starts_at?.toISOString() ?? null,
      durationMinutes: row.duration_minutes,
      meetingLink: row.meeting_link,
      interviewer: row.interviewer,
      editionTimeZone: row.edition_time_zone,
    }));
  }

  /** The participant's answer to a proposal: confirm it, or ask for another time with a message. */
  async answer(caller: RequestUser, interviewId: string, answer: { confirm: true } | { message: string }): Promise<MyInterview> {
    await this.dataSource.transaction(async (manager) => {
      const interview = await manager.findOne(SurveyInterview, { where: { id: interviewId }, lock: { mode: 'pessimistic_write' } });
      if (!interview) throw notFound();
      if (interview.userId !== caller.id) throw forbidden();
      if (!['proposed', 'confirmed', 'reschedule_requested'].includes(interview.status)) throw new ApiException('conflict');
      if ('confirm' in answer) Object.assign(interview, { status: 'confirmed', participantMessage: null });
      else Object.assign(interview, { status: 'reschedule_requested', participantMessage: answer.message });
      await manager.save(interview);
    });
    return (await this.mine(caller)).find((i) => i.id === interviewId)!;
  }

  private async one(caller: RequestUser, interviewId: string): Promise<Interview> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE iv.id = $1`, [interviewId])) as InterviewRow[];
    if (!row) throw notFound();
    return toInterview(row, (await this.initiativeReader(row.survey_id, caller.language))(row.answers));
  }

  /**
   * The raw answers of the respondent about their initiative (question key → answer), and who they
   * are: what an organizer turns into a draft practice. Organizers only.
   */
  async initiativeAnswers(caller: RequestUser, interviewId: string): Promise<{ userId: string; editionId: string; answers: Answers }> {
    if (caller.role !== 'organizer') throw forbidden();
    const [row] = (await this.dataSource.query(
      `SELECT iv.user_id, s.edition_id, r.answers FROM survey_interviews iv
         JOIN survey_responses r ON r.id = iv.response_id JOIN surveys s ON s.id = iv.survey_id
        WHERE iv.id = $1`,
      [interviewId],
    )) as { user_id: string; edition_id: string; answers: Answers }[];
    if (!row) throw notFound();
    return { userId: row.user_id, editionId: row.edition_id, answers: row.answers };
  }

  /** Organizers, or a facilitator who follows the respondent (their cohort, or a programme item they attend). */
  private async manageable(manager: EntityManager, caller: RequestUser, interviewId: string): Promise<SurveyInterview> {
    const interview = await manager.findOne(SurveyInterview, { where: { id: interviewId }, lock: { mode: 'pessimistic_write' } });
    if (!interview) throw notFound();
    if (caller.role === 'organizer') return interview;
    const scope = await this.access.resultsScope(caller, await this.access.find(interview.surveyId));
    if (!(await this.access.canRead(scope, interview.userId))) throw forbidden();
    return interview;
  }

  /** What the respondent said about the initiative, question text → answer, in the reader's language. */
  private async initiativeReader(surveyId: string, language: Language): Promise<(answers: Answers) => Record<string, string>> {
    const survey = await this.access.find(surveyId);
    const edition = await this.dataSource.getRepository(Edition).findOneByOrFail({ id: survey.editionId });
    const content = localizeContent(await loadContent(this.dataSource.manager, survey), language, edition.defaultLanguage);
    const questions = content.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.key.startsWith('initiative_') && q.key !== INTERVIEW_KEYS.initiative);
    return (answers) =>
      Object.fromEntries(
        questions.filter((q) => answers[q.key] !== undefined).map((q) => [q.text, String(exportValue(q, answers[q.key], language) ?? '')]),
      );
  }
}

function toInterview(row: InterviewRow, initiative: Record<string, string>): Interview {
  return {
    id: row.id,
    surveyId: row.survey_id,
    participant: {
      id: row.user_id,
      name: row.name,
      email: row.email,
      language: row.language,
      country: row.country,
      constituencyGroup: row.constituency_group,
      iloRegion: row.ilo_region,
      timeZone: row.time_zone,
    },
    cohort: row.cohort,
    status: row.status,
    initiative,
    startsAt: row.starts_at?.toISOString() ?? null,
    durationMinutes: row.duration_minutes,
    meetingLink: row.meeting_link,
    interviewer: row.interviewer,
    participantMessage: row.participant_message,
    notes: row.notes,
    outcome: row.outcome,
    editionTimeZone: row.edition_time_zone,
  };
}
