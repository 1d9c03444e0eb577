import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import type { Cohort as CohortDto, CohortRequest } from '@sstc/shared';
import { notFound } from '../../common/http/api.exception.js';
import { CoursesService } from '../courses/courses.service.js';
import { isUniqueViolation, validationFailed } from '../courses/validation.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import { Cohort } from './cohort.entity.js';

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly enrolments: EnrolmentsService,
  ) {}

  async list(editionId: string): Promise<CohortDto[]> {
    await this.courses.editionOrFail(editionId);
    const cohorts = await this.dataSource
      .getRepository(Cohort)
      .find({ where: { editionId }, relations: { facilitators: true }, order: { name: 'ASC' } });
    const counts: { cohort_id: string; count: number }[] = await this.dataSource.query(
      `SELECT cohort_id, count(*)::int AS count FROM enrolments WHERE edition_id = $1 AND role = 'participant' AND status <> 'withdrawn' AND cohort_id IS NOT NULL GROUP BY cohort_id`,
      [editionId],
    );
    return cohorts.map((cohort) => toDto(cohort, counts.find((c) => c.cohort_id === cohort.id)?.count ?? 0));
  }

  async create(editionId: string, request: CohortRequest): Promise<CohortDto> {
    const id = await this.write(async (manager) => {
      await this.courses.editionOrFail(editionId, manager);
      await this.assertNameFree(manager, editionId, request.name);
      const facilitators = await this.enrolments.facilitators(manager, editionId, request.facilitatorIds);
      return (await manager.save(Cohort, { editionId, name: request.name, language: request.language, facilitators })).id;
    });
    return this.get(id);
  }

  async update(cohortId: string, request: CohortRequest): Promise<CohortDto> {
    await this.write(async (manager) => {
      const cohort = await manager.findOneBy(Cohort, { id: cohortId });
      if (!cohort) throw notFound();
      await this.assertNameFree(manager, cohort.editionId, request.name, cohortId);
      const facilitators = await this.enrolments.facilitators(manager, cohort.editionId, request.facilitatorIds);
      return (await manager.save(Cohort, Object.assign(cohort, { name: request.name, language: request.language, facilitators }))).id;
    });
    return this.get(cohortId);
  }

  /** Its participants stay enrolled, in no cohort. */
  async remove(cohortId: string): Promise<void> {
    const { affected } = await this.dataSource.getRepository(Cohort).delete({ id: cohortId });
    if (!affected) throw notFound();
  }

  private async get(cohortId: string): Promise<CohortDto> {
    const cohort = await this.dataSource.getRepository(Cohort).findOneOrFail({ where: { id: cohortId }, relations: { facilitators: true } });
    const [{ count }]: [{ count: number }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM enrolments WHERE cohort_id = $1 AND role = 'participant' AND status <> 'withdrawn'`,
      [cohortId],
    );
    return toDto(cohort, count);
  }

  private async assertNameFree(manager: EntityManager, editionId: string, name: string, exceptId?: string): Promise<void> {
    if (await manager.existsBy(Cohort, { editionId, name, ...(exceptId ? { id: Not(exceptId) } : {}) }))
      throw validationFailed([{ path: 'name', code: 'name_taken' }]);
  }

  private async write(work: (manager: EntityManager) => Promise<string>): Promise<string> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'cohorts_edition_name_key')) throw validationFailed([{ path: 'name', code: 'name_taken' }]);
      throw error;
    }
  }
}

function toDto(cohort: Cohort, participants: number): CohortDto {
  return {
    id: cohort.id,
    editionId: cohort.editionId,
    name: cohort.name,
    language: cohort.language,
    facilitators: cohort.facilitators.map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name)),
    participants,
  };
}
