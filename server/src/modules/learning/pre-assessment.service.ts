import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Answers, LearningNeeds, ModuleNeeds, NeedsQuery, PreAssessmentStatus, RatingSummary } from '@sstc/shared';
import { forbidden } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from '../courses/courses.service.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { ResponsesService } from '../surveys/responses.service.js';
import { ResultsService } from '../surveys/results.service.js';
import { SurveysService } from '../surveys/surveys.service.js';
import { templateFor } from '../surveys/templates/index.js';
import { LearningAccessService, type LearningScope } from './learning-access.service.js';
import { moduleKeys, withModuleNeeds } from './pre-assessment-content.js';

interface ResponseRow {
  answers: Answers;
  name: string | null;
  cohort_id: string | null;
  constituency_group: string | null;
  ilo_region: string | null;
}

/** A self-rated knowledge at or below this ("new to me", "basic") is a gap. */
const GAP_RATING = 2;

const KIND_ORDER = { panel: 0, mandatory_module: 1, elective_module: 2 } as const;

/**
 * The pre-assessment of needs: a survey of kind pre_assessment (survey engine) whose template gets
 * a section per module, and the facilitators' view of the answers for their modules.
 */
@Injectable()
export class PreAssessmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LearningAccessService,
    private readonly surveys: SurveysService,
    private readonly responses: ResponsesService,
    private readonly results: ResultsService,
    private readonly courses: CoursesService,
    private readonly programme: ProgrammeService,
  ) {}

  /** Creates the edition's pre-assessment, or returns the one it has (one per edition). */
  async create(caller: RequestUser, editionId: string): Promise<PreAssessmentStatus> {
    const scope = await this.access.scope(caller, editionId);
    if (caller.role !== 'organizer') throw forbidden();
    await this.dataSource.transaction((manager) => this.ensureSurvey(editionId, manager));
    return this.status(scope);
  }

  /** The edition's pre-assessment survey id, created from the template with a section per module if missing. */
  async ensureSurvey(editionId: string, manager: EntityManager): Promise<string> {
    // Serialises two organizers pressing the button at once.
    await this.courses.lockEdition(manager, editionId);
    const existing = await this.surveys.firstOfKind(editionId, 'pre_assessment', manager);
    if (existing) return existing.id;
    const items = await this.programme.items(editionId, manager);
    items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number);
    const template = templateFor('pre_assessment');
    const survey = await this.surveys.create(
      editionId,
      { kind: 'pre_assessment', anonymous: false, content: withModuleNeeds(template.content, items) },
      manager,
    );
    return survey.id;
  }

  async status(scope: LearningScope): Promise<PreAssessmentStatus> {
    const survey = await this.surveys.firstOfKind(scope.edition.id, 'pre_assessment');
    if (!survey) return { surveyId: null, invitationId: null, responded: false, closesAt: null };
    if (scope.caller.role !== 'participant') return { surveyId: survey.id, invitationId: null, responded: false, closesAt: null };
    return { surveyId: survey.id, ...(await this.responses.participation(survey.id, scope.caller.id)) };
  }

  /**
   * Aggregated needs of the caller's modules (organizers: every module), per group, with the free texts; a
   * facilitator reads only the participants of the cohorts and programme items they facilitate.
   */
  async needs(caller: RequestUser, editionId: string, query: NeedsQuery): Promise<LearningNeeds> {
    if (caller.role === 'participant') throw forbidden();
    const scope = await this.access.scope(caller, editionId);
    if (query.programmeItemId && caller.role !== 'organizer' && !scope.facilitatedItemIds.has(query.programmeItemId)) throw forbidden();
    const survey = await this.surveys.firstOfKind(editionId, 'pre_assessment');
    const empty: LearningNeeds = { surveyId: survey?.id ?? null, responses: 0, groupBy: query.groupBy, modules: [], expectations: [] };
    if (!survey || survey.anonymous) return empty;
    const items = (await this.programme.items(editionId))
      .filter((item) => moduleKeys(item) && (caller.role === 'organizer' || scope.facilitatedItemIds.has(item.id)))
      .filter((item) => !query.programmeItemId || item.id === query.programmeItemId)
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number);
    // A facilitator reads the answers of the participants they follow (their cohorts, and the items they facilitate).
    const rows: ResponseRow[] = await this.results.identifiedAnswers(
      survey.id,
      caller.role === 'organizer' ? null : { facilitatorId: caller.id, editionId },
    );
    const cohortNames = new Map<string, string>(
      ((await this.dataSource.query(`SELECT id, name FROM cohorts WHERE edition_id = $1`, [editionId])) as { id: string; name: string }[]).map(
        (c) => [c.id, c.name],
      ),
    );
    const groupOf = (row: ResponseRow) =>
      query.groupBy === 'cohort' ? row.cohort_id : query.groupBy === 'constituency_group' ? row.constituency_group : row.ilo_region;
    const labelOf = (group: string | null) => (group === null ? null : query.groupBy === 'cohort' ? (cohortNames.get(group) ?? null) : group);
    const modules: ModuleNeeds[] = items.map((item) => {
      const keys = moduleKeys(item)!;
      const rated = rows.map((row) => ({ row, rating: ratingOf(row.answers[keys.knowledge]) }));
      const groups = new Map<string | null, number[]>();
      for (const { row, rating } of rated) if (rating !== null) groups.set(groupOf(row), [...(groups.get(groupOf(row)) ?? []), rating]);
      return {
        item: { id: item.id, kind: item.kind, number: item.number, title: item.title },
        overall: summarize(rated.flatMap((r) => (r.rating === null ? [] : [r.rating]))),
        groups: [...groups.entries()]
          .map(([group, ratings]) => ({ group, label: labelOf(group), ...summarize(ratings) }))
          .sort((a, b) => (a.label ?? '\uffff').localeCompare(b.label ?? '\uffff')),
        comments: rated
          .filter(({ row }) => typeof row.answers[keys.needs] === 'string' && (row.answers[keys.needs] as string).trim())
          .map(({ row, rating }) => ({ text: (row.answers[keys.needs] as string).trim(), name: row.name, group: labelOf(groupOf(row)), rating })),
      };
    });
    const expectations = rows
      .filter((row) => typeof row.answers.expectations === 'string' && row.answers.expectations.trim())
      .map((row) => ({ text: (row.answers.expectations as string).trim(), name: row.name, group: labelOf(groupOf(row)) }));
    return { surveyId: survey.id, responses: rows.length, groupBy: query.groupBy, modules, expectations };
  }

  /**
   * The modules a participant rated "new to me" or "basic" in their own pre-assessment: where
   * coaching helps most. Empty without an identified pre-assessment answer.
   */
  async gapsOf(userId: string, editionId: string): Promise<string[]> {
    const survey = await this.surveys.firstOfKind(editionId, 'pre_assessment');
    if (!survey || survey.anonymous) return [];
    const answers = await this.results.answersOf(survey.id, userId);
    if (!answers) return [];
    return (await this.programme.items(editionId)).flatMap((item) => {
      const keys = moduleKeys(item);
      const rating = keys ? ratingOf(answers[keys.knowledge]) : null;
      return rating !== null && rating <= GAP_RATING ? [item.id] : [];
    });
  }
}

function ratingOf(value: Answers[string] | undefined): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

export function summarize(ratings: number[]): RatingSummary {
  const distribution = [0, 0, 0, 0, 0];
  for (const rating of ratings) distribution[rating - 1]!++;
  const mean = ratings.length ? Math.round((ratings.reduce((sum, r) => sum + r, 0) / ratings.length) * 10) / 10 : null;
  return { count: ratings.length, mean, distribution };
}
