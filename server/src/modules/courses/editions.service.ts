import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  dateIn,
  daysBetween,
  editionDateProblems,
  editionTextProblems,
  withDateDefaults,
  zonedTime,
  type CreateEditionRequest,
  type EditionDetail,
  type UpdateEditionRequest,
} from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { ProgrammeSession } from '../programme/programme-session.entity.js';
import { Course } from './course.entity.js';
import { CoursesService } from './courses.service.js';
import { Edition } from './edition.entity.js';
import { codeTaken, isUniqueViolation, throwIfProblems } from './validation.js';

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
      if (source) await this.copyProgrammeAndCohorts(manager, source, saved);
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

  /** Items and sessions move with the week: same weekday offset and wall-clock time, in the new time zone. */
  private async copyProgrammeAndCohorts(manager: EntityManager, source: Edition, target: Edition): Promise<void> {
    const shift = daysBetween(source.faceToFaceStart, target.faceToFaceStart);
    const items = await manager.find(ProgrammeItem, { where: { editionId: source.id }, relations: { sessions: true } });
    for (const item of items) {
      const { id: _id, sessions, facilitators: _f, edition: _e, ...fields } = item;
      const copy = await manager.save(ProgrammeItem, { ...fields, editionId: target.id, facilitators: [] });
      await manager.save(
        ProgrammeSession,
        (sessions ?? []).map((session) => ({
          itemId: copy.id,
          room: session.room,
          format: session.format,
          startsAt: moveWallClock(session.startsAt, source.timeZone, shift, target.timeZone),
          endsAt: moveWallClock(session.endsAt, source.timeZone, shift, target.timeZone),
        })),
      );
    }
    const cohorts = await manager.findBy(Cohort, { editionId: source.id });
    await manager.save(
      Cohort,
      cohorts.map((cohort) => ({ editionId: target.id, name: cohort.name, language: cohort.language, facilitators: [] })),
    );
  }
}

function moveWallClock(instant: Date, fromZone: string, days: number, toZone: string): Date {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: fromZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return zonedTime(addDays(dateIn(fromZone, instant), days), time, toZone);
}
