import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import type { Cohort as CohortDto, CohortRequest } from '@sstc/shared';
import { notFound } from '../../common/http/api.exception.js';
import { isUniqueViolation, validationFailed } from '../../common/http/validation.js';
import { CoursesService } from '../courses/courses.service.js';
import { EditionMembership, MembershipChanges } from '../courses/edition-membership.js';
import { EditionParts, type EditionPart } from '../courses/edition-parts.js';
import type { Edition } from '../courses/edition.entity.js';
import { Cohort } from './cohort.entity.js';

/** Cohorts of an edition with their facilitators, and their part of an edition (a copy carries them over). */
@Injectable()
export class CohortsService implements EditionPart, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly membership: EditionMembership,
    private readonly parts: EditionParts,
    private readonly changes: MembershipChanges,
  ) {}

  onModuleInit(): void {
    this.parts.register(this);
  }

  async list(editionId: string): Promise<CohortDto[]> {
    await this.courses.editionOrFail(editionId);
    const cohorts = await this.dataSource
      .getRepository(Cohort)
      .find({ where: { editionId }, relations: { facilitators: true }, order: { name: 'ASC' } });
    const counts = await this.membership.participantsPerCohort({ editionId });
    return cohorts.map((cohort) => toDto(cohort, counts.get(cohort.id) ?? 0));
  }

  async create(editionId: string, request: CohortRequest): Promise<CohortDto> {
    const id = await this.write(async (manager) => {
      await this.courses.editionOrFail(editionId, manager);
      await this.assertNameFree(manager, editionId, request.name);
      const facilitators = await this.membership.enrolledFacilitators(manager, editionId, request.facilitatorIds);
      const cohort = await manager.save(Cohort, { editionId, name: request.name, language: request.language, facilitators });
      await this.recordFacilitators(manager, cohort, [], facilitators);
      return cohort.id;
    });
    return this.get(id);
  }

  async update(cohortId: string, request: CohortRequest): Promise<CohortDto> {
    await this.write(async (manager) => {
      const cohort = await manager.findOne(Cohort, { where: { id: cohortId }, relations: { facilitators: true } });
      if (!cohort) throw notFound();
      await this.assertNameFree(manager, cohort.editionId, request.name, cohortId);
      const facilitators = await this.membership.enrolledFacilitators(manager, cohort.editionId, request.facilitatorIds);
      const before = cohort.facilitators;
      await manager.save(Cohort, Object.assign(cohort, { name: request.name, language: request.language, facilitators }));
      await this.recordFacilitators(manager, cohort, before, facilitators);
      return cohort.id;
    });
    return this.get(cohortId);
  }

  /** Its participants stay enrolled, in no cohort; its room goes with it. */
  async remove(cohortId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locked first: nobody is moved into the cohort between reading its members and deleting it.
      if (!(await manager.findOne(Cohort, { where: { id: cohortId }, lock: { mode: 'pessimistic_write' } }))) throw notFound();
      const cohort = await manager.findOneOrFail(Cohort, { where: { id: cohortId }, relations: { facilitators: true } });
      const members = await this.membership.cohortMemberIds(manager, cohortId);
      await manager.delete(Cohort, { id: cohortId });
      await this.changes.record(manager, {
        change: 'cohort_removed',
        userIds: [...members, ...cohort.facilitators.map((f) => f.id)],
        editionId: cohort.editionId,
        cohortId,
      });
    });
  }

  /** Facilitators added to or removed from a cohort gain or lose its room (and its moderation). */
  private async recordFacilitators(
    manager: EntityManager,
    cohort: Pick<Cohort, 'id' | 'editionId'>,
    before: { id: string }[],
    after: { id: string }[],
  ): Promise<void> {
    const change = { editionId: cohort.editionId, cohortId: cohort.id };
    const added = after.filter((f) => !before.some((b) => b.id === f.id)).map((f) => f.id);
    const removed = before.filter((b) => !after.some((f) => f.id === b.id)).map((f) => f.id);
    await this.changes.record(manager, { ...change, change: 'cohort_facilitator_added', userIds: added });
    await this.changes.record(manager, { ...change, change: 'cohort_facilitator_removed', userIds: removed });
  }

  private async get(cohortId: string): Promise<CohortDto> {
    const cohort = await this.dataSource.getRepository(Cohort).findOneOrFail({ where: { id: cohortId }, relations: { facilitators: true } });
    const counts = await this.membership.participantsPerCohort({ cohortId });
    return toDto(cohort, counts.get(cohortId) ?? 0);
  }

  /** The cohorts' names and languages, without their facilitators. */
  async copy(manager: EntityManager, source: Edition, target: Edition): Promise<void> {
    const cohorts = await manager.findBy(Cohort, { editionId: source.id });
    await manager.save(
      Cohort,
      cohorts.map((cohort) => ({ editionId: target.id, name: cohort.name, language: cohort.language, facilitators: [] })),
    );
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
