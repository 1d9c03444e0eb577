import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import type { CourseSummary, CreateCourseRequest, EditionDetail, EditionSummary, UpdateCourseRequest } from '@sstc/shared';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { Course } from './course.entity.js';
import { toCourseSummary, toEditionSummary } from './edition.mapper.js';
import { Edition } from './edition.entity.js';
import { EditionMembership } from './edition-membership.js';
import { EditionParts } from './edition-parts.js';
import { codeTaken, isUniqueViolation, throwIfProblems } from '../../common/http/validation.js';
import { onceWithinRead } from '../../common/http/read-memo.js';

@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly membership: EditionMembership,
    private readonly parts: EditionParts,
  ) {}

  /** Organizers see every edition; others the editions they are enrolled in and not withdrawn from. */
  async visibleEditions(caller: RequestUser): Promise<EditionSummary[]> {
    const query = this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .innerJoinAndSelect('edition.course', 'course')
      .orderBy('edition.face_to_face_start', 'DESC');
    if (caller.role !== 'organizer') {
      const ids = await this.membership.editionIdsOf(caller.id);
      if (ids.length === 0) return [];
      query.where('edition.id IN (:...ids)', { ids });
    }
    return (await query.getMany()).map(toEditionSummary);
  }

  /** The edition with the parts other features add to it (its programme). */
  async edition(caller: RequestUser, editionId: string): Promise<EditionDetail> {
    const edition = await this.editionOrFail(editionId);
    await this.assertCanView(caller, edition.id);
    return { ...toEditionSummary(edition), ...(await this.parts.detail(editionId)) };
  }

  editionOrFail(editionId: string, manager?: EntityManager): Promise<Edition> {
    if (manager) return this.loadEdition(editionId, manager);
    return onceWithinRead(`edition:${editionId}`, () => this.loadEdition(editionId, this.dataSource.manager));
  }

  private async loadEdition(editionId: string, manager: EntityManager): Promise<Edition> {
    // `find` joins the course in one statement; `findOne` with a relation takes two.
    const [edition] = await manager.find(Edition, { where: { id: editionId }, relations: { course: true } });
    if (!edition) throw notFound();
    return edition;
  }

  /**
   * Locks the edition's row for the rest of the transaction, to serialise work on one edition
   * (numbering its items or units). `no key update` leaves foreign-key checks of rows referring to
   * it free (seats being taken meanwhile).
   */
  async lockEdition(manager: EntityManager, editionId: string, strength: 'update' | 'no key update' = 'update'): Promise<void> {
    await manager.query(`SELECT id FROM editions WHERE id = $1 ${strength === 'update' ? 'FOR UPDATE' : 'FOR NO KEY UPDATE'}`, [editionId]);
  }

  /** Organizers, and people enrolled in the edition who have not been withdrawn. */
  async assertCanView(caller: RequestUser, editionId: string): Promise<void> {
    if (caller.role === 'organizer') return;
    if (!(await this.membership.isEnrolled(caller.id, editionId))) throw forbidden();
  }

  async courses(): Promise<CourseSummary[]> {
    const courses = await this.dataSource.getRepository(Course).find({ order: { code: 'ASC' } });
    const counts: { courseId: string; count: string }[] = await this.dataSource
      .getRepository(Edition)
      .createQueryBuilder('edition')
      .select('edition.course_id', 'courseId')
      .addSelect('count(*)', 'count')
      .groupBy('edition.course_id')
      .getRawMany();
    return courses.map((course) => toCourseSummary(course, Number(counts.find((c) => c.courseId === course.id)?.count ?? 0)));
  }

  async createCourse(request: CreateCourseRequest): Promise<CourseSummary> {
    throwIfProblems(Object.values(request.title).some((text) => text?.trim()) ? [] : [{ path: 'title', code: 'required' }]);
    const course = await this.saveCourse({ code: request.code, title: request.title, description: request.description ?? {} });
    return toCourseSummary(course, 0);
  }

  async updateCourse(courseId: string, request: UpdateCourseRequest): Promise<CourseSummary> {
    const course = await this.dataSource.getRepository(Course).findOneBy({ id: courseId });
    if (!course) throw notFound();
    if (request.title) throwIfProblems(Object.values(request.title).some((text) => text?.trim()) ? [] : [{ path: 'title', code: 'required' }]);
    const saved = await this.saveCourse(Object.assign(course, request));
    const editionCount = await this.dataSource.getRepository(Edition).countBy({ courseId });
    return toCourseSummary(saved, editionCount);
  }

  private async saveCourse(course: Partial<Course>): Promise<Course> {
    if (await this.dataSource.getRepository(Course).existsBy({ code: course.code!, ...(course.id ? { id: Not(course.id) } : {}) })) throw codeTaken();
    try {
      return await this.dataSource.getRepository(Course).save(course);
    } catch (error) {
      if (isUniqueViolation(error, 'courses_code_key')) throw codeTaken();
      throw error;
    }
  }
}
