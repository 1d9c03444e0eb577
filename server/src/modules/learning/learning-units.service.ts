import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  LANGUAGES,
  missingLanguages,
  type CreateLearningUnit,
  type Language,
  type LearningPackage,
  type LearningUnit as LearningUnitDto,
  type LearningUnitSummary,
  type LocalizedText,
  type UpdateLearningUnit,
  type FillDraftsReply,
  type MachineDraftMark,
} from '@sstc/shared';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { CoursesService } from '../courses/courses.service.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { LearningAccessService, type LearningScope } from './learning-access.service.js';
import { LearningProgress } from './learning-progress.entity.js';
import { LearningRemindersService } from './learning-reminders.service.js';
import { LearningUnit } from './learning-unit.entity.js';
import { renderMarkdown } from './markdown.js';
import { PreAssessmentService } from './pre-assessment.service.js';
import { MachineDraftsService, type LocalizedField } from '../translation/machine-drafts.service.js';

/** The package: units in order, what each caller may read and write, and the participant's next step. */
@Injectable()
export class LearningUnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LearningAccessService,
    private readonly reminders: LearningRemindersService,
    private readonly preAssessment: PreAssessmentService,
    private readonly courses: CoursesService,
    private readonly drafts: MachineDraftsService,
  ) {}

  async package(caller: RequestUser, editionId: string): Promise<LearningPackage> {
    const scope = await this.access.scope(caller, editionId);
    const { edition } = scope;
    const units = scope.caller.role === 'participant' && !scope.open ? [] : await this.visibleUnits(scope);
    const progress =
      caller.role === 'participant'
        ? await this.progressByUnit(
            caller.id,
            units.map((u) => u.id),
          )
        : new Map<string, LearningProgress>();
    const items = await this.itemsById(units.map((u) => u.programmeItemId));
    const summaries = units.map((unit) => this.toSummary(scope, unit, items, progress.get(unit.id)));
    const completed = summaries.filter((u) => u.progress?.completedAt).length;
    return {
      editionId: edition.id,
      defaultLanguage: edition.defaultLanguage,
      languages: edition.languages,
      timeZone: edition.timeZone,
      opensOn: edition.preLearningOpens,
      faceToFaceStart: edition.faceToFaceStart,
      open: scope.open,
      reminderDaysBefore: await this.reminders.daysBefore(edition.id),
      canCreate: this.access.canCreate(scope),
      editableItemIds: caller.role === 'organizer' ? null : [...scope.facilitatedItemIds],
      units: summaries,
      preAssessment: await this.preAssessment.status(scope),
      progress:
        caller.role === 'participant'
          ? {
              completed,
              total: summaries.length,
              percent: summaries.length ? Math.round((completed * 100) / summaries.length) : 0,
              nextUnitId: summaries.find((u) => !u.progress?.completedAt)?.id ?? null,
            }
          : null,
    };
  }

  async unit(caller: RequestUser, unitId: string, requested?: Language): Promise<LearningUnitDto> {
    const { scope, unit } = await this.readable(caller, unitId);
    const siblings = await this.visibleUnits(scope);
    const index = siblings.findIndex((u) => u.id === unit.id);
    const items = await this.itemsById([unit.programmeItemId]);
    const progress = caller.role === 'participant' ? (await this.progressByUnit(caller.id, [unit.id])).get(unit.id) : undefined;
    const requestedLanguage = requested ?? caller.language;
    const shownLanguage = shownLanguageOf(unit.body, requestedLanguage, scope.edition.defaultLanguage);
    const machineDrafts = this.drafts.enabled ? await this.drafts.drafts('learning_unit', unit.id, localizedFields(unit)) : [];
    return {
      ...this.toSummary(scope, unit, items, progress),
      editionId: unit.editionId,
      body: unit.body,
      keyQuestions: unit.keyQuestions,
      resources: unit.resources,
      html: renderMarkdown(unit.body[shownLanguage] ?? ''),
      requestedLanguage,
      shownLanguage,
      previousUnitId: siblings[index - 1]?.id ?? null,
      nextUnitId: siblings[index + 1]?.id ?? null,
      updatedAt: unit.updatedAt.toISOString(),
      machineDrafts,
    };
  }

  /**
   * "Fill missing languages with a machine draft": the unit's title, body and key questions in every
   * language of the edition that has none yet, translated from the edition's default language and
   * marked as drafts. A value someone wrote is never replaced.
   */
  async fillWithDrafts(caller: RequestUser, unitId: string): Promise<FillDraftsReply> {
    const unit = await this.dataSource.getRepository(LearningUnit).findOneBy({ id: unitId });
    if (!unit) throw notFound();
    const scope = await this.access.scope(caller, unit.editionId);
    this.access.assertCanEdit(scope, unit);
    const { edition } = scope;
    const { fields, filled } = await this.drafts.fill(
      'learning_unit',
      unit.id,
      localizedFields(unit),
      edition.defaultLanguage,
      edition.languages,
      caller.id,
    );
    if (filled.length) {
      const byField = new Map(fields.map((f) => [f.field, f.value]));
      unit.title = byField.get('title') ?? unit.title;
      unit.body = byField.get('body') ?? unit.body;
      unit.keyQuestions = unit.keyQuestions.map((q, i) => byField.get(`keyQuestions.${i}`) ?? q);
      await this.dataSource.getRepository(LearningUnit).save(unit);
    }
    return { filled, drafts: await this.drafts.drafts('learning_unit', unit.id, localizedFields(unit)) };
  }

  /** Marks one drafted value of the unit as reviewed. */
  async reviewDraft(caller: RequestUser, unitId: string, mark: MachineDraftMark): Promise<FillDraftsReply> {
    const unit = await this.dataSource.getRepository(LearningUnit).findOneBy({ id: unitId });
    if (!unit) throw notFound();
    this.access.assertCanEdit(await this.access.scope(caller, unit.editionId), unit);
    await this.drafts.review('learning_unit', unit.id, mark);
    return { filled: [], drafts: await this.drafts.drafts('learning_unit', unit.id, localizedFields(unit)) };
  }

  /** The unit, if the caller may read it: participants only once the package is open. */
  async readable(caller: RequestUser, unitId: string): Promise<{ scope: LearningScope; unit: LearningUnit }> {
    const unit = await this.dataSource.getRepository(LearningUnit).findOneBy({ id: unitId });
    if (!unit) throw notFound();
    const scope = await this.access.scope(caller, unit.editionId);
    if (caller.role === 'participant' && !scope.open) throw new ApiException('learning_not_open');
    if (!this.access.canSee(scope, unit)) throw forbidden();
    return { scope, unit };
  }

  async create(caller: RequestUser, editionId: string, input: CreateLearningUnit): Promise<LearningUnitDto> {
    const scope = await this.access.scope(caller, editionId);
    await this.assertItemOfEdition(input.programmeItemId, editionId);
    this.access.assertCanEdit(scope, input);
    const id = await this.dataSource.transaction(async (manager) => {
      // Serialises concurrent creations in one edition, so positions never collide.
      await this.courses.lockEdition(manager, editionId);
      const [{ max }] = (await manager.query(`SELECT COALESCE(MAX(position), 0)::int AS max FROM learning_units WHERE edition_id = $1`, [
        editionId,
      ])) as [{ max: number }];
      const saved = await manager.save(LearningUnit, { editionId, position: max + 1, ...clean(input) });
      await this.reminders.schedule(scope.edition, manager);
      return saved.id;
    });
    return this.unit(caller, id);
  }

  async update(caller: RequestUser, unitId: string, input: UpdateLearningUnit): Promise<LearningUnitDto> {
    const unit = await this.dataSource.getRepository(LearningUnit).findOneBy({ id: unitId });
    if (!unit) throw notFound();
    const scope = await this.access.scope(caller, unit.editionId);
    this.access.assertCanEdit(scope, unit);
    if (input.programmeItemId !== undefined) {
      await this.assertItemOfEdition(input.programmeItemId, unit.editionId);
      // Moving a unit elsewhere needs the right to edit it there too.
      this.access.assertCanEdit(scope, { programmeItemId: input.programmeItemId });
    }
    await this.dataSource.getRepository(LearningUnit).save(Object.assign(unit, clean(input)));
    return this.unit(caller, unitId);
  }

  async remove(caller: RequestUser, unitId: string): Promise<void> {
    const unit = await this.dataSource.getRepository(LearningUnit).findOneBy({ id: unitId });
    if (!unit) throw notFound();
    const scope = await this.access.scope(caller, unit.editionId);
    this.access.assertCanEdit(scope, unit);
    await this.dataSource.transaction(async (manager) => {
      // Serialised like creations and reorders: two removals renumbering at once would collide (found by the fuzz walk).
      await this.courses.lockEdition(manager, unit.editionId);
      await manager.delete(LearningUnit, { id: unit.id });
      await renumber(manager, unit.editionId);
    });
    await this.drafts.forget('learning_unit', unit.id);
  }

  /**
   * Reorders the package. The caller sends every unit they may edit (organizers: all of them); these
   * take the positions those units held among themselves, so other people's units stay put.
   */
  async reorder(caller: RequestUser, editionId: string, unitIds: string[]): Promise<LearningPackage> {
    const scope = await this.access.scope(caller, editionId);
    if (!this.access.canCreate(scope)) throw forbidden();
    await this.dataSource.transaction(async (manager) => {
      await this.courses.lockEdition(manager, editionId);
      const all = await manager.find(LearningUnit, { where: { editionId }, order: { position: 'ASC' } });
      const visible = all.filter((unit) => this.access.canEdit(scope, unit));
      const wanted = new Set(unitIds);
      if (wanted.size !== unitIds.length || visible.length !== unitIds.length || visible.some((unit) => !wanted.has(unit.id))) {
        throw new ApiException('learning_order_mismatch');
      }
      const slots = visible.map((unit) => unit.position);
      const byId = new Map(visible.map((unit) => [unit.id, unit]));
      for (const [index, id] of unitIds.entries()) {
        const unit = byId.get(id)!;
        if (unit.position !== slots[index]) await manager.update(LearningUnit, { id }, { position: slots[index]! });
      }
    });
    return this.package(caller, editionId);
  }

  async visibleUnits(scope: LearningScope): Promise<LearningUnit[]> {
    const units = await this.dataSource.getRepository(LearningUnit).find({ where: { editionId: scope.edition.id }, order: { position: 'ASC' } });
    return units.filter((unit) => this.access.canSee(scope, unit));
  }

  private toSummary(
    scope: LearningScope,
    unit: LearningUnit,
    items: Map<string, ProgrammeItem>,
    progress: LearningProgress | undefined,
  ): LearningUnitSummary {
    const item = unit.programmeItemId ? items.get(unit.programmeItemId) : undefined;
    const wanted = scope.edition.languages.length ? scope.edition.languages : [...LANGUAGES];
    return {
      id: unit.id,
      position: unit.position,
      title: unit.title,
      programmeItem: item ? { id: item.id, kind: item.kind, number: item.number, title: item.title } : null,
      estimatedMinutes: unit.estimatedMinutes,
      missingLanguages: wanted.filter(
        (language) => missingLanguages(unit.title, [language]).length > 0 || missingLanguages(unit.body, [language]).length > 0,
      ),
      canEdit: this.access.canEdit(scope, unit),
      progress:
        scope.caller.role === 'participant'
          ? { openedAt: progress?.openedAt.toISOString() ?? null, completedAt: progress?.completedAt?.toISOString() ?? null }
          : null,
    };
  }

  private async progressByUnit(userId: string, unitIds: string[]): Promise<Map<string, LearningProgress>> {
    if (unitIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(LearningProgress).findBy({ userId, unitId: In(unitIds) });
    return new Map(rows.map((row) => [row.unitId, row]));
  }

  private async itemsById(ids: (string | null)[]): Promise<Map<string, ProgrammeItem>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const items = await this.dataSource.getRepository(ProgrammeItem).findBy({ id: In(wanted) });
    return new Map(items.map((item) => [item.id, item]));
  }

  private async assertItemOfEdition(itemId: string | null | undefined, editionId: string): Promise<void> {
    if (!itemId) return;
    const exists = await this.dataSource.getRepository(ProgrammeItem).existsBy({ id: itemId, editionId });
    if (!exists) throw new ApiException('validation_failed', { details: [{ path: 'programmeItemId', code: 'invalid_value', message: '' }] });
  }
}

/** The language a unit is shown in: the reader's, else the edition's default, else any written one. */
export function shownLanguageOf(body: LocalizedText, requested: Language, fallback: Language): Language {
  if (body[requested]?.trim()) return requested;
  if (body[fallback]?.trim()) return fallback;
  return LANGUAGES.find((language) => body[language]?.trim()) ?? requested;
}

/** Empty strings are not translations: they would hide a missing language. */
function clean<T extends Partial<CreateLearningUnit>>(input: T): T {
  const out = { ...input };
  if (out.title) out.title = dropEmpty(out.title);
  if (out.body) out.body = dropEmpty(out.body);
  if (out.keyQuestions) out.keyQuestions = out.keyQuestions.map(dropEmpty).filter((q) => Object.keys(q).length > 0);
  return out;
}

function dropEmpty(text: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => value?.trim())) as LocalizedText;
}

async function renumber(manager: EntityManager, editionId: string): Promise<void> {
  await manager.query(
    `UPDATE learning_units u SET position = r.n FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY position, created_at) AS n FROM learning_units WHERE edition_id = $1) r WHERE u.id = r.id AND u.position <> r.n`,
    [editionId],
  );
}

/** The unit's localized fields, by path. */
function localizedFields(unit: Pick<LearningUnit, 'title' | 'body' | 'keyQuestions'>): LocalizedField[] {
  return [
    { field: 'title', value: unit.title },
    { field: 'body', value: unit.body },
    ...unit.keyQuestions.map((value, i) => ({ field: `keyQuestions.${i}`, value })),
  ];
}
