import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import {
  editionDateProblems,
  editionTextProblems,
  withDateDefaults,
  type CreateEditionRequest,
  type EditionDetail,
  type UpdateEditionRequest,
} from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { Course } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { EditionParts } from './edition-parts.js';
import { Edition } from './edition.entity.js';
import { codeTaken, isUniqueViolation, throwIfProblems } from '../../common/http/validation.js';

/**
 * Creating and changing editions. Creating one only sets the impact assessment date (by default
 * four months after the week); the surveys feature schedules the survey itself.
 */
@Injectable()
export class EditionsService {
  /** Emitted after an edition is created and committed; surveys schedule its assessments from it. */
  readonly created = new Subject<{ editionId: string }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly parts: EditionParts,
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
      return saved.id;
    });
    this.created.next({ editionId: id });
    return this.courses.edition(caller, id);
  }

  async update(caller: RequestUser, editionId: string, request: UpdateEditionRequest): Promise<EditionDetail> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Edition, { where: { id: editionId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound();
      const next = Object.assign(current, request, request.languages ? { languages: [...new Set(request.languages)] } : {});
      throwIfProblems([...editionTextProblems(next), ...editionDateProblems(next)]);
      await this.save(manager, next);
    });
    return this.courses.edition(caller, editionId);
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
