import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Subject } from 'rxjs';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  dateIn,
  daysBetween,
  programmeItemProblems,
  zonedTime,
  type CreateProgrammeItemRequest,
  type FieldIssueOf,
  type FillDraftsReply,
  type LocalizedText,
  type MachineDraftMark,
  type ProgrammeItem as ProgrammeItemDto,
  type ProgrammeItemKind,
  type UpdateProgrammeItemRequest,
} from '@sstc/shared';
import { ShortCache } from '../../common/cache/short-cache.js';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import { throwIfProblems } from '../../common/http/validation.js';
import { CoursesService } from '../courses/courses.service.js';
import { EditionMembership, MembershipChanges } from '../courses/edition-membership.js';
import { EditionParts, type EditionDetailPart, type EditionPart } from '../courses/edition-parts.js';
import type { Edition } from '../courses/edition.entity.js';
import { ModuleSeats } from './module-seats.js';
import { MachineDraftsService } from '../translation/machine-drafts.service.js';
import { byProgrammeOrder, itemDraftFields, toProgrammeItem } from './programme-item.mapper.js';
import { ProgrammeItem } from './programme-item.entity.js';
import { ProgrammeSession } from './programme-session.entity.js';

const PROGRAMME_CACHE_MS = 5_000;

/** An edition's programme changed (its promotions and facilitators are recorded as membership changes). */
export interface ProgrammeChange {
  editionId: string;
}

/**
 * Panels and modules, with their sessions and facilitators, an edition's programme part (its detail,
 * what a copy carries over). Editing an elective never breaks a seat.
 */
@Injectable()
export class ProgrammeService implements EditionPart, OnModuleInit {
  /** Emitted after a change commits: this service forgets the edition's page, the electives feature its cached modules. */
  readonly changed = new Subject<ProgrammeChange>();
  private readonly schedules = new ShortCache<ProgrammeItem[]>(PROGRAMME_CACHE_MS);
  private readonly pages = new ShortCache<EditionDetailPart>(PROGRAMME_CACHE_MS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly membership: EditionMembership,
    private readonly seats: ModuleSeats,
    private readonly parts: EditionParts,
    private readonly changes: MembershipChanges,
    private readonly drafts: MachineDraftsService,
  ) {}

  onModuleInit(): void {
    this.parts.register(this);
    this.changed.subscribe(({ editionId }) => {
      this.schedules.forget(editionId);
      this.pages.forget(editionId);
    });
  }

  async create(editionId: string, request: CreateProgrammeItemRequest): Promise<ProgrammeItemDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      // Lock the edition: two organizers adding items at once still get distinct numbers.
      const edition = await this.lockEdition(manager, editionId);
      throwIfProblems(programmeItemProblems(request.kind, request, edition));
      const number = request.number ?? (await this.nextNumber(manager, editionId, request.kind));
      await this.assertNumberFree(manager, editionId, request.kind, number);
      const item = await manager.save(ProgrammeItem, {
        editionId,
        kind: request.kind,
        number,
        ...this.fields(request.kind, request),
        facilitators: await this.membership.enrolledFacilitators(manager, editionId, request.facilitatorIds),
      });
      await this.saveSessions(manager, item.id, request.sessions);
      await this.recordFacilitators(manager, item, [], item.facilitators);
      return item.id;
    });
    this.changed.next({ editionId });
    return this.get(id);
  }

  async update(itemId: string, request: UpdateProgrammeItemRequest): Promise<ProgrammeItemDto> {
    const editionId = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ProgrammeItem, { where: { id: itemId }, relations: { facilitators: true } });
      if (!current) throw notFound();
      const edition = await this.lockEdition(manager, current.editionId);
      throwIfProblems(programmeItemProblems(current.kind, request, edition));
      const number = request.number ?? current.number;
      if (number !== current.number) await this.assertNumberFree(manager, current.editionId, current.kind, number, itemId);
      const fields = this.fields(current.kind, request);
      if (current.kind === 'elective_module') {
        // The seat lock, as for choices: capacity and block cannot change under someone taking a seat.
        const module = await this.lockItem(manager, itemId);
        const seated = await this.seats.seatedCount(manager, itemId);
        if (fields.capacity! < seated) throwIfProblems([{ path: 'capacity', code: 'below_seated' }]);
        if (fields.block !== module!.block && (await this.seats.hasChoices(manager, itemId))) throw new ApiException('elective_has_choices');
      }
      const before = current.facilitators;
      const item = await manager.save(
        Object.assign(current, {
          number,
          ...fields,
          facilitators: await this.membership.enrolledFacilitators(manager, current.editionId, request.facilitatorIds),
        }),
      );
      await this.saveSessions(manager, itemId, request.sessions);
      await this.recordFacilitators(manager, item, before, item.facilitators);
      // More seats: the waitlist moves up at once (the seats record the promotions).
      if (item.kind === 'elective_module') await this.seats.promote(manager, item);
      return current.editionId;
    });
    this.changed.next({ editionId });
    return this.get(itemId);
  }

  /** Removes an item; an elective with seats or waitlist places must be emptied first. */
  async remove(itemId: string): Promise<void> {
    const editionId = await this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, itemId);
      if (!item) throw notFound();
      if (await this.seats.hasChoices(manager, itemId)) throw new ApiException('elective_has_choices');
      const { facilitators } = await manager.findOneOrFail(ProgrammeItem, { where: { id: itemId }, relations: { facilitators: true } });
      await manager.delete(ProgrammeItem, { id: itemId });
      await this.changes.record(manager, { change: 'item_removed', userIds: facilitators.map((f) => f.id), editionId: item.editionId, itemId });
      return item.editionId;
    });
    await this.drafts.forget('programme_item', itemId);
    this.changed.next({ editionId });
  }

  /**
   * "Fill missing languages with a machine draft": the item's title and description in the
   * edition's languages that have none yet, from its default language. A written value is kept.
   */
  async fillWithDrafts(itemId: string, userId: string): Promise<FillDraftsReply> {
    const item = await this.dataSource.getRepository(ProgrammeItem).findOne({ where: { id: itemId }, relations: { edition: true, sessions: true } });
    if (!item) throw notFound();
    const { defaultLanguage, languages } = item.edition;
    const { fields, filled } = await this.drafts.fill('programme_item', item.id, itemDraftFields(item), defaultLanguage, languages, userId);
    if (filled.length) {
      await this.dataSource.transaction(async (manager) => {
        const current = await this.lockItem(manager, itemId);
        if (!current) throw notFound();
        // Only the languages filled, over what is there now: a value someone wrote meanwhile stays.
        const byField = new Map(fields.map((f) => [f.field, f.value]));
        const merge = (field: string, now: LocalizedText) => {
          const next = { ...now };
          for (const mark of filled)
            if (mark.field === field && !next[mark.language]?.trim()) next[mark.language] = byField.get(field)![mark.language];
          return next;
        };
        await manager.update(
          ProgrammeItem,
          { id: itemId },
          { title: merge('title', current.title), description: merge('description', current.description) },
        );
        for (const session of await manager.find(ProgrammeSession, { where: { itemId } })) {
          const field = `sessions.${session.id}.room`;
          if (filled.some((mark) => mark.field === field))
            await manager.update(ProgrammeSession, { id: session.id }, { room: merge(field, session.room) });
        }
      });
      this.changed.next({ editionId: item.editionId });
    }
    const saved = await this.dataSource.getRepository(ProgrammeItem).findOneOrFail({ where: { id: itemId }, relations: { sessions: true } });
    return { filled, drafts: await this.drafts.drafts('programme_item', itemId, itemDraftFields(saved)) };
  }

  /** Marks one drafted value of the item as reviewed. */
  async reviewDraft(itemId: string, mark: MachineDraftMark): Promise<FillDraftsReply> {
    const item = await this.dataSource.getRepository(ProgrammeItem).findOne({ where: { id: itemId }, relations: { sessions: true } });
    if (!item) throw notFound();
    await this.drafts.review('programme_item', itemId, mark);
    this.changed.next({ editionId: item.editionId });
    return { filled: [], drafts: await this.drafts.drafts('programme_item', itemId, itemDraftFields(item)) };
  }

  async get(itemId: string): Promise<ProgrammeItemDto> {
    const item = await this.dataSource
      .getRepository(ProgrammeItem)
      .findOne({ where: { id: itemId }, relations: { sessions: true, facilitators: true } });
    if (!item) throw notFound();
    return toProgrammeItem(item, this.drafts.enabled ? await this.drafts.drafts('programme_item', item.id, itemDraftFields(item)) : []);
  }

  /** The edition's items, without their sessions and facilitators. */
  items(editionId: string, manager: EntityManager = this.dataSource.manager): Promise<ProgrammeItem[]> {
    return manager.find(ProgrammeItem, { where: { editionId } });
  }

  /** The edition's programme, for its page, which every participant opens (see scheduled). */
  detail(editionId: string): Promise<EditionDetailPart> {
    return this.pages.get(editionId, () => this.loadDetail(editionId));
  }

  /**
   * The edition's items with their sessions and facilitators, read by its page and by every agenda
   * (and so every home): kept for a few seconds on this instance and forgotten as soon as the
   * programme changes here, as the electives' modules are; a change made on another instance, or a
   * facilitator's new name, shows within those seconds. Shared: read them, never change them.
   */
  scheduled(editionId: string): Promise<ProgrammeItem[]> {
    return this.schedules.get(editionId, () =>
      this.dataSource.getRepository(ProgrammeItem).find({ where: { editionId }, relations: { sessions: true, facilitators: true } }),
    );
  }

  private async loadDetail(editionId: string): Promise<EditionDetailPart> {
    const items = [...(await this.scheduled(editionId))];
    const drafts = await this.drafts.draftsOf(
      'programme_item',
      items.map((item) => ({ id: item.id, fields: itemDraftFields(item) })),
    );
    return { programme: items.sort(byProgrammeOrder).map((item) => toProgrammeItem(item, drafts.get(item.id))) };
  }

  /** Items and sessions move with the week: same weekday offset and wall-clock time, in the new time zone. Facilitators stay behind. */
  async copy(manager: EntityManager, source: Edition, target: Edition): Promise<void> {
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
  }

  /** The item's row, locked as seat changes lock it (enrolments' ElectiveSeats): nothing about its seats changes meanwhile. */
  private lockItem(manager: EntityManager, itemId: string): Promise<ProgrammeItem | null> {
    return manager.findOne(ProgrammeItem, { where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Facilitators added to or removed from an item gain or lose its room (and its moderation). */
  private async recordFacilitators(
    manager: EntityManager,
    item: Pick<ProgrammeItem, 'id' | 'editionId'>,
    before: { id: string }[],
    after: { id: string }[],
  ): Promise<void> {
    const change = { editionId: item.editionId, itemId: item.id };
    const added = after.filter((f) => !before.some((b) => b.id === f.id)).map((f) => f.id);
    const removed = before.filter((b) => !after.some((f) => f.id === b.id)).map((f) => f.id);
    await this.changes.record(manager, { ...change, change: 'item_facilitator_added', userIds: added });
    await this.changes.record(manager, { ...change, change: 'item_facilitator_removed', userIds: removed });
  }

  private async lockEdition(manager: EntityManager, editionId: string): Promise<Edition> {
    const edition = await this.courses.editionOrFail(editionId, manager);
    // NO KEY UPDATE: it must not block the foreign-key checks of seats being taken meanwhile.
    await this.courses.lockEdition(manager, editionId, 'no key update');
    return edition;
  }

  /** Only electives have a block and a capacity. */
  private fields(kind: ProgrammeItemKind, request: UpdateProgrammeItemRequest) {
    const elective = kind === 'elective_module';
    return {
      title: request.title,
      description: request.description,
      block: elective ? request.block : null,
      capacity: elective ? request.capacity : null,
      modalities: [...new Set(request.modalities)],
      sdgs: [...new Set(request.sdgs)].sort((a, b) => a - b),
      resourcePersons: request.resourcePersons,
    };
  }

  /** Panels are numbered on their own; mandatory and elective modules share one numbering ("Module 3"). */
  private kindsSharingNumbers(kind: ProgrammeItemKind): ProgrammeItemKind[] {
    return kind === 'panel' ? ['panel'] : ['mandatory_module', 'elective_module'];
  }

  private async nextNumber(manager: EntityManager, editionId: string, kind: ProgrammeItemKind): Promise<number> {
    const [{ max }]: [{ max: number | null }] = await manager.query(
      'SELECT max(number) AS max FROM programme_items WHERE edition_id = $1 AND kind = ANY($2)',
      [editionId, this.kindsSharingNumbers(kind)],
    );
    return (max ?? 0) + 1;
  }

  private async assertNumberFree(
    manager: EntityManager,
    editionId: string,
    kind: ProgrammeItemKind,
    number: number,
    exceptId?: string,
  ): Promise<void> {
    const taken = await manager.existsBy(ProgrammeItem, {
      editionId,
      number,
      kind: In(this.kindsSharingNumbers(kind)),
      ...(exceptId ? { id: Not(exceptId) } : {}),
    });
    if (taken) throwIfProblems([{ path: 'number', code: 'number_taken' } satisfies FieldIssueOf]);
  }

  /** Sessions with an id are kept (so calendar entries keep their UID); the others are new; the rest go. */
  private async saveSessions(manager: EntityManager, itemId: string, sessions: UpdateProgrammeItemRequest['sessions']): Promise<void> {
    const existing = await manager.findBy(ProgrammeSession, { itemId });
    const kept = sessions.filter((s) => s.id && existing.some((e) => e.id === s.id));
    const removed = existing.filter((e) => !kept.some((s) => s.id === e.id));
    if (removed.length) await manager.delete(ProgrammeSession, { id: In(removed.map((r) => r.id)) });
    await manager.save(
      ProgrammeSession,
      sessions.map((s) => ({
        ...(kept.includes(s) ? { id: s.id } : {}),
        itemId,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        room: s.room,
        format: s.format,
      })),
    );
  }
}

function moveWallClock(instant: Date, fromZone: string, days: number, toZone: string): Date {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: fromZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return zonedTime(addDays(dateIn(fromZone, instant), days), time, toZone);
}
