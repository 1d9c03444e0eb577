import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  programmeItemProblems,
  type CreateProgrammeItemRequest,
  type FieldIssueOf,
  type ProgrammeItem as ProgrammeItemDto,
  type ProgrammeItemKind,
  type UpdateProgrammeItemRequest,
} from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import { CoursesService } from '../courses/courses.service.js';
import { toProgrammeItem } from '../courses/edition.mapper.js';
import type { Edition } from '../courses/edition.entity.js';
import { throwIfProblems } from '../courses/validation.js';
import { ElectiveSeats } from '../enrolments/elective-seats.js';
import { ElectivesService } from '../enrolments/electives.service.js';
import { EnrolmentsService } from '../enrolments/enrolments.service.js';
import { ElectiveChoice } from '../enrolments/elective-choice.entity.js';
import { ProgrammeItem } from './programme-item.entity.js';
import { ProgrammeSession } from './programme-session.entity.js';

/** Panels and modules, with their sessions and facilitators. Editing an elective never breaks a seat. */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesService,
    private readonly enrolments: EnrolmentsService,
    private readonly seats: ElectiveSeats,
    private readonly electives: ElectivesService,
  ) {}

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
        facilitators: await this.enrolments.facilitators(manager, editionId, request.facilitatorIds),
      });
      await this.saveSessions(manager, item.id, request.sessions);
      return item.id;
    });
    this.electives.forgetModules(editionId);
    return this.get(id);
  }

  async update(itemId: string, request: UpdateProgrammeItemRequest): Promise<ProgrammeItemDto> {
    let promoted: string[] = [];
    const editionId = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(ProgrammeItem, { id: itemId });
      if (!current) throw notFound();
      const edition = await this.lockEdition(manager, current.editionId);
      throwIfProblems(programmeItemProblems(current.kind, request, edition));
      const number = request.number ?? current.number;
      if (number !== current.number) await this.assertNumberFree(manager, current.editionId, current.kind, number, itemId);
      const fields = this.fields(current.kind, request);
      if (current.kind === 'elective_module') {
        // The seat lock, as for choices: capacity and block cannot change under someone taking a seat.
        const [module] = await this.seats.lockModules(manager, [itemId]);
        const seated = await this.seats.seatedCount(manager, itemId);
        if (fields.capacity! < seated) throwIfProblems([{ path: 'capacity', code: 'below_seated' }]);
        if (fields.block !== module!.block && (await manager.existsBy(ElectiveChoice, { itemId })))
          throw new ApiException('elective_has_choices', {}, 409);
      }
      const item = await manager.save(
        Object.assign(current, {
          number,
          ...fields,
          facilitators: await this.enrolments.facilitators(manager, current.editionId, request.facilitatorIds),
        }),
      );
      await this.saveSessions(manager, itemId, request.sessions);
      // More seats: the waitlist moves up at once.
      if (item.kind === 'elective_module') promoted = await this.seats.promote(manager, item);
      return current.editionId;
    });
    this.electives.forgetModules(editionId);
    this.enrolments.emitElectivesChanged(editionId, promoted);
    return this.get(itemId);
  }

  /** Removes an item; an elective with seats or waitlist places must be emptied first. */
  async remove(itemId: string): Promise<void> {
    const editionId = await this.dataSource.transaction(async (manager) => {
      const [item] = await this.seats.lockModules(manager, [itemId]);
      if (!item) throw notFound();
      if (await manager.existsBy(ElectiveChoice, { itemId })) throw new ApiException('elective_has_choices', {}, 409);
      await manager.delete(ProgrammeItem, { id: itemId });
      return item.editionId;
    });
    this.electives.forgetModules(editionId);
  }

  async get(itemId: string): Promise<ProgrammeItemDto> {
    const item = await this.dataSource
      .getRepository(ProgrammeItem)
      .findOne({ where: { id: itemId }, relations: { sessions: true, facilitators: true } });
    if (!item) throw notFound();
    return toProgrammeItem(item);
  }

  private async lockEdition(manager: EntityManager, editionId: string): Promise<Edition> {
    const edition = await this.courses.editionOrFail(editionId, manager);
    // NO KEY UPDATE: it must not block the foreign-key checks of seats being taken meanwhile.
    await manager.query('SELECT 1 FROM editions WHERE id = $1 FOR NO KEY UPDATE', [editionId]);
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
