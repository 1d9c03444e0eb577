import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import {
  iloRegionOf,
  localize,
  type AddEnrolmentRequest,
  type Enrolment as EnrolmentDto,
  type EnrolmentListQuery,
  type Page,
  type UpdateEnrolmentRequest,
} from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import { CONFIG, type Config } from '../../config/config.js';
import { roleNames } from '../../locales/emails.js';
import { UserTokensService } from '../users/user-tokens.service.js';
import { Cohort } from '../cohorts/cohort.entity.js';
import { CoursesService } from '../courses/courses.service.js';
import { Edition } from '../courses/edition.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { isUniqueViolation, validationFailed } from '../../common/http/validation.js';
import { JobsService } from '../jobs/jobs.service.js';
import { ElectiveChoice } from './elective-choice.entity.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { User } from '../users/user.entity.js';
import { ElectiveSeats } from './elective-seats.js';
import { MembershipEvents } from './membership-events.js';

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly courses: CoursesService,
    private readonly seats: ElectiveSeats,
    private readonly tokens: UserTokensService,
    private readonly jobs: JobsService,
    private readonly events: MembershipEvents,
  ) {}

  async list(editionId: string, query: EnrolmentListQuery): Promise<Page<EnrolmentDto>> {
    await this.courses.editionOrFail(editionId);
    const builder = this.dataSource
      .getRepository(Enrolment)
      .createQueryBuilder('enrolment')
      .innerJoinAndSelect('enrolment.user', 'user')
      .leftJoinAndSelect('enrolment.cohort', 'cohort')
      .where('enrolment.edition_id = :editionId', { editionId })
      .orderBy('user.name', 'ASC')
      .addOrderBy('enrolment.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.status) builder.andWhere('enrolment.status = :status', { status: query.status });
    if (query.role) builder.andWhere('enrolment.role = :role', { role: query.role });
    if (query.cohort === 'none') builder.andWhere('enrolment.cohort_id IS NULL');
    else if (query.cohort) builder.andWhere('enrolment.cohort_id = :cohortId', { cohortId: query.cohort });
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(new Brackets((w) => w.where('user.name ILIKE :pattern', { pattern }).orWhere('user.email ILIKE :pattern', { pattern })));
    }
    const [enrolments, total] = await builder.getManyAndCount();
    return { items: await this.toDtos(this.dataSource.manager, enrolments), total, page: query.page, pageSize: query.pageSize };
  }

  async get(enrolmentId: string, manager: EntityManager = this.dataSource.manager): Promise<EnrolmentDto> {
    const enrolment = await manager.findOne(Enrolment, { where: { id: enrolmentId }, relations: { user: true, cohort: true } });
    if (!enrolment) throw notFound();
    return (await this.toDtos(manager, [enrolment]))[0]!;
  }

  /**
   * Enrols one person: an unknown email gets an account and an invitation in their language;
   * someone with an account is told by email that they were enrolled.
   */
  async add(editionId: string, request: AddEnrolmentRequest): Promise<EnrolmentDto> {
    const id = await this.addOnce(editionId, request).catch((error: unknown) => {
      // Two organizers adding the same new person at once: one wins, the other hears who did.
      if (isUniqueViolation(error, 'users_email_key') || isUniqueViolation(error, 'enrolments_edition_user_key'))
        throw new ApiException('already_enrolled');
      throw error;
    });
    return this.get(id);
  }

  private addOnce(editionId: string, request: AddEnrolmentRequest): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const edition = await this.courses.editionOrFail(editionId, manager);
      if (request.cohortId) await this.assertCohort(manager, editionId, request.cohortId, 'cohortId');
      const existing = await manager.findOne(User, { where: { email: request.email }, lock: { mode: 'pessimistic_write' } });
      if (existing && existing.role !== request.role)
        throw validationFailed([{ path: 'email', code: request.role === 'participant' ? 'not_a_participant' : 'invalid_value' }]);
      if (existing && (await manager.existsBy(Enrolment, { editionId, userId: existing.id }))) throw new ApiException('already_enrolled');
      const profile = {
        name: request.name,
        language: request.language,
        ...(request.country ? { country: request.country, iloRegion: iloRegionOf(request.country) } : {}),
        ...(request.organisation ? { organisation: request.organisation } : {}),
        ...(request.constituencyGroup ? { constituencyGroup: request.constituencyGroup } : {}),
      };
      // Someone who has signed in keeps the profile they wrote; an invitee's is still ours to fill.
      const user = existing?.passwordHash
        ? existing
        : await manager.save(User, Object.assign(existing ?? {}, { email: request.email, role: request.role, passwordHash: null }, profile));
      const enrolment = await manager.save(Enrolment, {
        editionId,
        userId: user.id,
        role: request.role,
        cohortId: request.cohortId,
        status: user.passwordHash ? 'active' : 'invited',
        withdrawnAt: null,
      });
      await this.events.record(manager, {
        change: 'enrolled',
        userIds: [user.id],
        editionId,
        ...(request.cohortId ? { cohortId: request.cohortId } : {}),
      });
      await this.welcome(manager, edition, user);
      return enrolment.id;
    });
  }

  /** Emails a newly enrolled person: an invitation to set a password, or the news of the enrolment. */
  async welcome(manager: EntityManager, edition: Edition, user: User): Promise<void> {
    if (!user.passwordHash) return this.tokens.issueAndEmail(manager, user, 'invitation');
    await this.jobs.send(
      'send-email',
      {
        key: `enrolled:${edition.id}:${user.id}`,
        to: user.email,
        language: user.language,
        template: 'enrolled',
        params: {
          name: user.name,
          edition: localize(edition.title, user.language, edition.defaultLanguage),
          role: roleNames[user.language][user.role],
          link: `${this.config.PUBLIC_URL}/editions/${edition.id}`,
        },
      },
      {},
      manager,
    );
  }

  /** Moves a person between cohorts, withdraws them (freeing their elective seats) or reinstates them. */
  async update(enrolmentId: string, request: UpdateEnrolmentRequest): Promise<EnrolmentDto> {
    await this.dataSource.transaction(async (manager) => {
      const enrolment = await manager.findOne(Enrolment, { where: { id: enrolmentId }, lock: { mode: 'pessimistic_write' } });
      if (!enrolment) throw notFound();
      const change = { userIds: [enrolment.userId], editionId: enrolment.editionId };
      if (request.cohortId !== undefined && request.cohortId !== enrolment.cohortId) {
        if (request.cohortId) await this.assertCohort(manager, enrolment.editionId, request.cohortId, 'cohortId');
        enrolment.cohortId = request.cohortId;
        await this.events.record(manager, { ...change, change: 'moved_cohort', ...(request.cohortId ? { cohortId: request.cohortId } : {}) });
      }
      if (request.status === 'withdrawn' && enrolment.status !== 'withdrawn') {
        await this.seats.releaseAll(manager, enrolment);
        Object.assign(enrolment, { status: 'withdrawn', withdrawnAt: new Date() });
        await this.events.record(manager, { ...change, change: 'withdrawn' });
      } else if (request.status === 'active' && enrolment.status === 'withdrawn') {
        const user = await manager.findOneByOrFail(User, { id: enrolment.userId });
        Object.assign(enrolment, { status: user.passwordHash ? 'active' : 'invited', withdrawnAt: null });
        await this.events.record(manager, { ...change, change: 'reinstated' });
      }
      await manager.update(
        Enrolment,
        { id: enrolment.id },
        { cohortId: enrolment.cohortId, status: enrolment.status, withdrawnAt: enrolment.withdrawnAt },
      );
    });
    return this.get(enrolmentId);
  }

  private async assertCohort(manager: EntityManager, editionId: string, cohortId: string, path: string): Promise<void> {
    if (!(await manager.existsBy(Cohort, { id: cohortId, editionId }))) throw validationFailed([{ path, code: 'invalid_value' }]);
  }

  private async toDtos(manager: EntityManager, enrolments: Enrolment[]): Promise<EnrolmentDto[]> {
    const userIds = enrolments.map((e) => e.userId);
    const choices = userIds.length
      ? await manager.find(ElectiveChoice, {
          where: { userId: In(userIds), editionId: In([...new Set(enrolments.map((e) => e.editionId))]) },
          relations: { item: true },
          order: { block: 'ASC' },
        })
      : [];
    return enrolments.map((enrolment) => ({
      id: enrolment.id,
      editionId: enrolment.editionId,
      role: enrolment.role === 'facilitator' ? 'facilitator' : 'participant',
      status: enrolment.status,
      cohort: enrolment.cohort ? { id: enrolment.cohort.id, name: enrolment.cohort.name } : null,
      user: {
        id: enrolment.user.id,
        name: enrolment.user.name,
        email: enrolment.user.email,
        country: enrolment.user.country,
        organisation: enrolment.user.organisation,
        constituencyGroup: enrolment.user.constituencyGroup,
        language: enrolment.user.language,
        account: enrolment.user.passwordHash ? 'active' : 'invited',
      },
      electives: choices
        .filter((c) => c.userId === enrolment.userId && c.editionId === enrolment.editionId)
        .map((c) => ({ block: c.block, itemId: c.itemId, number: (c.item as ProgrammeItem).number, status: c.status })),
      createdAt: enrolment.createdAt.toISOString(),
      withdrawnAt: enrolment.withdrawnAt?.toISOString() ?? null,
    }));
  }
}
