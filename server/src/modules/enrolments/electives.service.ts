import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  electiveWindow,
  localize,
  type ChooseElectiveRequest,
  type ElectiveChoice as ElectiveChoiceDto,
  type ElectiveFill,
  type ElectiveParticipant,
  type ElectiveParticipantsQuery,
  type ElectivesOverview,
  type Language,
  type Page,
} from '@sstc/shared';
import { writeCsv, type CsvFormat } from '../../common/csv/csv-writer.js';
import { ShortCache } from '../../common/cache/short-cache.js';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from '../courses/courses.service.js';
import { toProgrammeItem } from '../programme/programme-item.mapper.js';
import type { Edition } from '../courses/edition.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { ElectiveSeats, type SeatChanges } from './elective-seats.js';
import { EnrolmentsService } from './enrolments.service.js';
import { MembershipService } from './membership.service.js';
import { notWithdrawn } from './membership.sql.js';

interface Counts {
  seated: number;
  waitlisted: number;
}

/** Choosing electives (participants, in the window) and managing them (organizers, at any time). */
/** How long this instance reuses an edition's modules (not their seats) before reading them again. */
const MODULE_CACHE_MS = 5_000;

@Injectable()
export class ElectivesService implements OnModuleInit, OnModuleDestroy {
  private readonly moduleCache = new ShortCache<ProgrammeItem[]>(MODULE_CACHE_MS);
  private subscription?: Subscription;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly enrolments: EnrolmentsService,
    private readonly seats: ElectiveSeats,
    private readonly membership: MembershipService,
    private readonly programme: ProgrammeService,
  ) {}

  /** A programme change (an item added, edited or removed) invalidates the cached modules (its promotions are recorded by the seats). */
  onModuleInit(): void {
    this.subscription = this.programme.changed.subscribe(({ editionId }) => this.forgetModules(editionId));
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** Every block with its modules, seats left and waitlists, and the caller's own choices. */
  async overview(
    caller: RequestUser,
    editionId: string,
    known?: { edition: Edition; enrolment: Enrolment; manager: EntityManager },
  ): Promise<ElectivesOverview> {
    const [edition, enrolment] = known
      ? [known.edition, known.enrolment]
      : await Promise.all([
          this.courses.editionOrFail(editionId),
          caller.role === 'organizer' ? null : this.membership.activeEnrolment(caller.id, editionId),
        ]);
    if (caller.role !== 'organizer' && !enrolment) throw forbidden();
    const canChoose = enrolment?.role === 'participant';
    const [modules, { counts, mine }] = await Promise.all([
      this.cachedModules(editionId, known?.manager),
      this.standing(editionId, canChoose ? caller.id : null, known?.manager),
    ]);
    const blocks = [...new Set(modules.map((m) => m.block!))].sort((a, b) => a.localeCompare(b));
    return {
      editionId,
      window: electiveWindow(edition),
      canChoose,
      blocks: blocks.map((block) => {
        const inBlock = modules.filter((m) => m.block === block);
        return {
          block,
          modules: inBlock.map((module) => {
            const { seated, waitlisted } = counts.get(module.id) ?? { seated: 0, waitlisted: 0 };
            const { id, number, title, description, modalities, sdgs, facilitators, sessions } = toProgrammeItem(module);
            return {
              id,
              number,
              title,
              description,
              modalities,
              sdgs,
              facilitators,
              sessions,
              capacity: module.capacity!,
              seated,
              waitlisted,
              seatsLeft: Math.max(0, module.capacity! - seated),
            };
          }),
          choice: mine.find((choice) => inBlock.some((m) => m.id === choice.itemId)) ?? null,
        };
      }),
    };
  }

  choose(caller: RequestUser, editionId: string, request: ChooseElectiveRequest): Promise<ElectivesOverview> {
    return this.changeOwnChoice(caller, editionId, (manager, enrolment) => this.seats.take(manager, enrolment, request.itemId, request.waitlist));
  }

  leave(caller: RequestUser, editionId: string, itemId: string): Promise<ElectivesOverview> {
    return this.changeOwnChoice(caller, editionId, (manager, enrolment) => this.seats.leave(manager, enrolment, itemId));
  }

  /**
   * A participant's own change, in the window. The edition comes with the locked enrolment (one
   * statement), and the overview answered after the commit is read on the same connection: asking
   * the pool again would queue it behind every choice of a burst still waiting for its seat.
   */
  private async changeOwnChoice(
    caller: RequestUser,
    editionId: string,
    change: (manager: EntityManager, enrolment: Enrolment) => Promise<SeatChanges>,
  ): Promise<ElectivesOverview> {
    const runner = this.dataSource.createQueryRunner();
    try {
      const enrolment = await runner.manager.transaction(async (manager) => {
        const enrolment = await this.seats.lockParticipant(manager, { editionId, userId: caller.id }, { withEdition: true });
        this.assertWindowOpen(enrolment.edition);
        await change(manager, enrolment);
        return enrolment;
      });
      return await this.overview(caller, editionId, { edition: enrolment.edition, enrolment, manager: runner.manager });
    } catch (error) {
      await runner.release(); // before asking the pool again
      await this.courses.editionOrFail(editionId); // an unknown edition is "not found", not "forbidden"
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Organizers place a participant at any time, the deadline notwithstanding, but never beyond capacity. */
  async chooseFor(enrolmentId: string, request: ChooseElectiveRequest) {
    await this.forEnrolment(enrolmentId, (manager, enrolment) => this.seats.take(manager, enrolment, request.itemId, request.waitlist));
    return this.enrolments.get(enrolmentId);
  }

  async leaveFor(enrolmentId: string, itemId: string) {
    await this.forEnrolment(enrolmentId, (manager, enrolment) => this.seats.leave(manager, enrolment, itemId));
    return this.enrolments.get(enrolmentId);
  }

  async fill(editionId: string): Promise<ElectiveFill> {
    await this.courses.editionOrFail(editionId);
    const [modules, counts, participants, decided] = await Promise.all([
      this.modules(editionId),
      this.standing(editionId, null).then(({ counts }) => counts),
      this.dataSource
        .getRepository(Enrolment)
        .createQueryBuilder('e')
        .where(`e.edition_id = :editionId AND e.role = 'participant' AND ${notWithdrawn('e')}`, { editionId })
        .getCount(),
      this.dataSource.query('SELECT block, count(*)::int AS count FROM elective_choices WHERE edition_id = $1 GROUP BY block', [
        editionId,
      ]) as Promise<{ block: string; count: number }[]>,
    ]);
    const blocks = [...new Set(modules.map((m) => m.block!))].sort((a, b) => a.localeCompare(b));
    return {
      participants,
      blocks: blocks.map((block) => ({
        block,
        undecided: Math.max(0, participants - (decided.find((d) => d.block === block)?.count ?? 0)),
        modules: modules
          .filter((m) => m.block === block)
          .map((m) => ({ id: m.id, number: m.number, title: m.title, capacity: m.capacity!, ...(counts.get(m.id) ?? { seated: 0, waitlisted: 0 }) })),
      })),
    };
  }

  /** Who sits in (or waits for) a module: for organizers and the module's facilitators. */
  async participants(caller: RequestUser, itemId: string, query: ElectiveParticipantsQuery): Promise<Page<ElectiveParticipant>> {
    const item = await this.dataSource
      .getRepository(ProgrammeItem)
      .findOne({ where: { id: itemId, kind: 'elective_module' }, relations: { facilitators: true } });
    if (!item) throw notFound();
    if (caller.role !== 'organizer' && !item.facilitators.some((f) => f.id === caller.id)) throw forbidden();
    const rows = await this.participantRows(item.editionId, {
      itemId,
      status: query.status,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM elective_choices WHERE item_id = $1 AND ($2::text IS NULL OR status = $2)`,
      [itemId, query.status ?? null],
    )) as [{ total: number }];
    return { items: rows.map(({ itemId: _, ...row }) => row), total, page: query.page, pageSize: query.pageSize };
  }

  /** Every seat and waitlist place of the edition, module by module, as CSV; titles in `language`. */
  async exportCsv(editionId: string, language: Language, format: CsvFormat): Promise<{ fileName: string; body: string }> {
    const edition = await this.courses.editionOrFail(editionId);
    const modules = await this.modules(editionId);
    const rows = await this.participantRows(editionId, {});
    const header = ['block', 'module_number', 'module', 'status', 'waitlist_position', 'name', 'email', 'country', 'language', 'cohort', 'chosen_at'];
    const lines = rows.map((row) => {
      const module = modules.find((m) => m.id === row.itemId)!;
      return [
        module.block,
        module.number,
        localize(module.title, language, edition.defaultLanguage),
        row.status,
        row.waitlistPosition,
        row.name,
        row.email,
        row.country,
        row.language,
        row.cohort,
        row.chosenAt,
      ];
    });
    return { fileName: `${edition.code}-electives.csv`, body: writeCsv([header, ...lines], format) };
  }

  private assertWindowOpen(edition: Edition): void {
    const { state } = electiveWindow(edition);
    if (state === 'not_open') throw new ApiException('elective_window_not_open');
    if (state === 'closed') throw new ApiException('elective_window_closed');
  }

  private async forEnrolment(enrolmentId: string, work: (manager: EntityManager, enrolment: Enrolment) => Promise<SeatChanges>): Promise<void> {
    const enrolment = await this.dataSource.getRepository(Enrolment).findOneBy({ id: enrolmentId });
    if (!enrolment) throw notFound();
    await this.dataSource.transaction(async (manager) => work(manager, await this.seats.lockParticipant(manager, { id: enrolmentId })));
  }

  /** Forgets the cached modules of an edition after the programme changed (see cachedModules). */
  forgetModules(editionId: string): void {
    this.moduleCache.forget(editionId);
  }

  /**
   * The modules' own texts, sessions and facilitators change rarely but are read on every choice
   * and every 10-second refresh of every open chooser: kept for a few seconds on this instance.
   * Seats and choices are never cached.
   */
  private cachedModules(editionId: string, manager = this.dataSource.manager): Promise<ProgrammeItem[]> {
    return this.moduleCache.get(editionId, () => this.modules(editionId, manager));
  }

  private modules(editionId: string, manager = this.dataSource.manager): Promise<ProgrammeItem[]> {
    return manager
      .getRepository(ProgrammeItem)
      .find({ where: { editionId, kind: 'elective_module' }, relations: { sessions: true, facilitators: true }, order: { number: 'ASC' } });
  }

  /**
   * Seats and waitlist places taken in each module of the edition and, for a participant, their own
   * choices with their waitlist positions: one statement, as the overview is answered after every choice.
   */
  private async standing(
    editionId: string,
    userId: string | null,
    manager = this.dataSource.manager,
  ): Promise<{ counts: Map<string, Counts>; mine: ElectiveChoiceDto[] }> {
    const rows: {
      item_id: string;
      seated: number | null;
      waitlisted: number | null;
      status: 'seated' | 'waitlisted' | null;
      created_at: Date | null;
      position: number | null;
    }[] = await manager.query(
      `SELECT item_id, count(*) FILTER (WHERE status = 'seated')::int AS seated, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              NULL::varchar AS status, NULL::timestamptz AS created_at, NULL::int AS position
         FROM elective_choices WHERE edition_id = $1 GROUP BY item_id
       UNION ALL
       SELECT c.item_id, NULL, NULL, c.status, c.created_at,
              (SELECT count(*)::int FROM elective_choices w WHERE w.item_id = c.item_id AND w.status = 'waitlisted' AND (w.created_at, w.id) < (c.created_at, c.id)) + 1
         FROM elective_choices c WHERE $2::uuid IS NOT NULL AND c.edition_id = $1 AND c.user_id = $2`,
      [editionId, userId],
    );
    const counts = new Map<string, Counts>();
    const mine: ElectiveChoiceDto[] = [];
    for (const row of rows) {
      if (!row.status) counts.set(row.item_id, { seated: row.seated!, waitlisted: row.waitlisted! });
      else
        mine.push({
          itemId: row.item_id,
          status: row.status,
          waitlistPosition: row.status === 'waitlisted' ? row.position : null,
          chosenAt: row.created_at!.toISOString(),
        });
    }
    return { counts, mine };
  }

  private async participantRows(
    editionId: string,
    filter: { itemId?: string; status?: string; limit?: number; offset?: number },
  ): Promise<(ElectiveParticipant & { itemId: string })[]> {
    const rows: {
      enrolment_id: string;
      user_id: string;
      item_id: string;
      name: string;
      email: string;
      country: string | null;
      language: Language;
      cohort: string | null;
      status: 'seated' | 'waitlisted';
      position: number;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT e.id AS enrolment_id, u.id AS user_id, c.item_id, u.name, u.email, u.country, u.language, co.name AS cohort, c.status, c.created_at,
              row_number() OVER (PARTITION BY c.item_id, c.status ORDER BY c.created_at, c.id)::int AS position
         FROM elective_choices c
         JOIN programme_items i ON i.id = c.item_id
         JOIN users u ON u.id = c.user_id
         JOIN enrolments e ON e.edition_id = c.edition_id AND e.user_id = c.user_id
         LEFT JOIN cohorts co ON co.id = e.cohort_id
        WHERE c.edition_id = $1 AND ($2::uuid IS NULL OR c.item_id = $2) AND ($3::text IS NULL OR c.status = $3)
        ORDER BY i.block, i.number, c.status, c.created_at, c.id
        LIMIT $4 OFFSET $5`,
      [editionId, filter.itemId ?? null, filter.status ?? null, filter.limit ?? null, filter.offset ?? 0],
    );
    return rows.map((row) => ({
      enrolmentId: row.enrolment_id,
      userId: row.user_id,
      itemId: row.item_id,
      name: row.name,
      email: row.email,
      country: row.country,
      language: row.language,
      cohort: row.cohort,
      status: row.status,
      waitlistPosition: row.status === 'waitlisted' ? row.position : null,
      chosenAt: row.created_at.toISOString(),
    }));
  }
}
