import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import {
  editionDateProblems,
  editionTextProblems,
  withDateDefaults,
  type AutomaticSend,
  type CreateEditionRequest,
  type EditionDetail,
  type UpdateEditionRequest,
} from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { Course } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { EditionParts } from './edition-parts.js';
import { EditionSchedules } from './edition-schedules.js';
import { Edition } from './edition.entity.js';
import { codeTaken, isUniqueViolation, throwIfProblems } from '../../common/http/validation.js';

/**
 * Creating and changing editions. The features that send by themselves (assessments, reminders)
 * schedule and move their sends in the same transaction, through EditionSchedules.
 */
@Injectable()
export class EditionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly parts: EditionParts,
    private readonly schedules: EditionSchedules,
  ) {}

  async create(caller: RequestUser, request: CreateEditionRequest): Promise<EditionDetail> {
    const { courseId, copyFrom, ...fields } = request;
    const edition = { ...fields, languages: [...new Set(fields.languages)], ...withDateDefaults(fields) };
    throwIfProblems([...editionTextProblems(edition), ...editionDateProblems(edition)]);
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Course, { id: courseId })))
        throw new ApiException('validation_failed', { details: [{ path: 'courseId', code: 'invalid_value', message: '' }] });
      const source = copyFrom ? await manager.findOneBy(Edition, { id: copyFrom }) : null;
      if (copyFrom && !source) throw new ApiException('validation_failed', { details: [{ path: 'copyFrom', code: 'invalid_value', message: '' }] });
      const saved = await this.save(manager, { ...edition, courseId });
      // The programme and the cohorts come along (see EditionParts), facilitators do not.
      if (source) await this.parts.copy(manager, source, saved);
      await this.schedules.follow(manager, saved, null);
      return saved.id;
    });
    return this.courses.edition(caller, id);
  }

  async update(caller: RequestUser, editionId: string, request: UpdateEditionRequest): Promise<EditionDetail> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Edition, { where: { id: editionId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound();
      const previous = Object.assign(new Edition(), current);
      const next = Object.assign(current, request, request.languages ? { languages: [...new Set(request.languages)] } : {});
      throwIfProblems([...editionTextProblems(next), ...editionDateProblems(next)]);
      await this.schedules.follow(manager, await this.save(manager, next), previous);
    });
    return this.courses.edition(caller, editionId);
  }

  /** The edition's timeline: every automatic send, sent and planned, in time order. */
  async automaticSends(editionId: string): Promise<AutomaticSend[]> {
    return this.schedules.timeline(await this.courses.editionOrFail(editionId));
  }

  private async save(manager: EntityManager, edition: Partial<Edition>): Promise<Edition> {
    const taken = await manager.existsBy(Edition, { code: edition.code!, ...(edition.id ? { id: Not(edition.id) } : {}) });
    if (taken) throw codeTaken();
    try {
      return await manager.save(Edition, edition);
    } catch (error) {
      // Two organizers saving the same code at the same moment.
      if (isUniqueViolation(error, 'editions_code_key')) throw codeTaken();
      throw error;
    }
  }
}
