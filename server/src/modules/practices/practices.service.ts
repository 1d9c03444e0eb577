import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  missingLanguages,
  type FieldIssueOf,
  type Language,
  type Practice as PracticeDto,
  type PracticeFields,
  type PracticeList,
  type PracticeListQuery,
  type PracticePerson,
  type PracticeSummary,
  type PracticeTheme as PracticeThemeDto,
  type PracticeWorkList,
} from '@sstc/shared';
import { forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { throwIfProblems } from '../../common/http/validation.js';
import { renderMarkdown } from '../learning/markdown.js';
import { User } from '../users/user.entity.js';
import { PracticeContact } from './entities/practice-contact.entity.js';
import { PracticeDocument } from './entities/practice-document.entity.js';
import { PracticeReview } from './entities/practice-review.entity.js';
import { PracticeThemeLink } from './entities/practice-theme-link.entity.js';
import { PracticeTheme } from './entities/practice-theme.entity.js';
import { Practice } from './entities/practice.entity.js';
import { practiceAccess } from './practice-access.js';
import { PracticeLinksService } from './practice-links.service.js';
import { PracticeSearchRepository } from './practice-search.repository.js';

/** The good-practices base: search and facets, reading, writing a practice (its review is PracticeReviewsService). */
@Injectable()
export class PracticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: PracticeSearchRepository,
    private readonly links: PracticeLinksService,
  ) {}

  async list(query: PracticeListQuery): Promise<PracticeList> {
    const [page, facets] = await Promise.all([this.search.search(query), this.search.facets(query)]);
    const practices = await this.dataSource.getRepository(Practice).findBy({ id: In(page.ids) });
    const byId = new Map(practices.map((p) => [p.id, p]));
    return {
      items: await this.summaries(page.ids.map((id) => byId.get(id)!).filter(Boolean)),
      total: page.total,
      page: query.page,
      pageSize: query.pageSize,
      facets,
    };
  }

  /** The caller's own practices, and for reviewers those waiting for a review by someone other than their author. */
  async workList(caller: RequestUser): Promise<PracticeWorkList> {
    const repository = this.dataSource.getRepository(Practice);
    const mine = await repository.find({ where: { submittedById: caller.id }, order: { updatedAt: 'DESC' }, take: 100 });
    const toReview = practiceAccess.isReviewer(caller)
      ? (await repository.find({ where: { status: 'in_review' }, order: { updatedAt: 'ASC' }, take: 100 })).filter(
          (p) => p.submittedById !== caller.id,
        )
      : [];
    return { mine: await this.summaries(mine), toReview: await this.summaries(toReview) };
  }

  async read(caller: RequestUser, practiceId: string, requested?: Language): Promise<PracticeDto> {
    const practice = await this.readable(caller, practiceId);
    const [summary] = await this.summaries([practice]);
    const contactIds = await this.contactIds(practice.id);
    const people = await this.people([practice.submittedById, ...contactIds]);
    const language = requested ?? caller.language;
    const shownLanguage = practice.description[language]?.trim() ? language : practice.language;
    const mayFollow = practice.submittedById === caller.id || practiceAccess.isReviewer(caller);
    return {
      ...summary!,
      description: practice.description,
      html: renderMarkdown(practice.description[shownLanguage] ?? ''),
      shownLanguage,
      partners: practice.partners,
      links: practice.links,
      files: (await this.dataSource.getRepository(PracticeDocument).find({ where: { practiceId: practice.id }, order: { createdAt: 'ASC' } })).map(
        (file) => ({ id: file.id, name: file.name, contentType: file.contentType, size: file.size, createdAt: file.createdAt.toISOString() }),
      ),
      contacts: contactIds.map((id) => people.get(id)).filter((p): p is PracticePerson => !!p),
      submittedBy: people.get(practice.submittedById)!,
      publishedAt: practice.publishedAt?.toISOString() ?? null,
      reviews: mayFollow ? await this.reviews(practice.id) : [],
      can: {
        edit: practiceAccess.canEdit(caller, practice),
        submit: practiceAccess.canSubmit(caller, practice),
        review: practiceAccess.canReview(caller, practice),
        link: this.links.mayLink(caller, practice),
      },
      ...(await this.links.of(caller, practice.id)),
    };
  }

  /** The practice, if the caller may read it; someone else's draft answers as if it did not exist. */
  async readable(caller: RequestUser, practiceId: string): Promise<Practice> {
    const practice = await this.dataSource.getRepository(Practice).findOneBy({ id: practiceId });
    if (!practice || !practiceAccess.canRead(caller, practice)) throw notFound();
    return practice;
  }

  /** A new draft by the caller (or, from an impact answer, by `authorId` on an organizer's behalf). */
  async create(caller: RequestUser, fields: PracticeFields, manager?: EntityManager, authorId = caller.id): Promise<string> {
    const write = async (m: EntityManager) => {
      await this.assertReferences(m, fields);
      const saved = await m.save(Practice, { ...this.columns(fields), status: 'draft' as const, submittedById: authorId });
      await this.writeRelations(m, saved.id, fields);
      return saved.id;
    };
    return manager ? write(manager) : this.dataSource.transaction(write);
  }

  async update(caller: RequestUser, practiceId: string, fields: PracticeFields): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const practice = await manager.findOne(Practice, { where: { id: practiceId }, lock: { mode: 'pessimistic_write' } });
      if (!practice || !practiceAccess.canRead(caller, practice)) throw notFound();
      if (!practiceAccess.canEdit(caller, practice)) throw forbidden();
      await this.assertReferences(manager, fields);
      await manager.save(Practice, Object.assign(practice, this.columns(fields)));
      await this.writeRelations(manager, practice.id, fields);
    });
  }

  async themes(): Promise<PracticeThemeDto[]> {
    const themes = await this.dataSource.getRepository(PracticeTheme).find({ order: { key: 'ASC' } });
    return themes.map(({ id, key, name }) => ({ id, key, name }));
  }

  async summaries(practices: Practice[]): Promise<PracticeSummary[]> {
    const ids = practices.map((p) => p.id);
    const links = ids.length
      ? await this.dataSource.getRepository(PracticeThemeLink).find({ where: { practiceId: In(ids) }, relations: { theme: true } })
      : [];
    return practices.map((p) => ({
      id: p.id,
      language: p.language,
      title: p.title,
      summary: p.summary,
      missingLanguages: [...new Set([...missingLanguages(p.title), ...(Object.values(p.summary).some(Boolean) ? missingLanguages(p.summary) : [])])],
      region: p.region,
      countries: p.countries,
      modality: p.modality,
      themes: links
        .filter((link) => link.practiceId === p.id)
        .map(({ theme: { id, key, name } }) => ({ id, key, name }))
        .sort((a, b) => a.key.localeCompare(b.key)),
      sdgs: [...p.sdgs].sort((a, b) => a - b),
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      status: p.status,
      updatedAt: p.updatedAt.toISOString(),
    }));
  }

  private columns(fields: PracticeFields) {
    const { themeIds: _themes, contactIds: _contacts, ...columns } = fields;
    return { ...columns, title: compact(columns.title), summary: compact(columns.summary), description: compact(columns.description) };
  }

  private async writeRelations(manager: EntityManager, practiceId: string, fields: PracticeFields): Promise<void> {
    await manager.delete(PracticeThemeLink, { practiceId });
    await manager.delete(PracticeContact, { practiceId });
    if (fields.themeIds.length)
      await manager.insert(
        PracticeThemeLink,
        fields.themeIds.map((themeId) => ({ practiceId, themeId })),
      );
    if (fields.contactIds.length)
      await manager.insert(
        PracticeContact,
        fields.contactIds.map((userId, position) => ({ practiceId, userId, position })),
      );
    await this.search.refresh(manager, [practiceId]);
  }

  /** Themes from the managed list and contacts who are members of the platform; anything else is a field problem. */
  private async assertReferences(manager: EntityManager, fields: PracticeFields): Promise<void> {
    const problems: FieldIssueOf[] = [];
    if (fields.themeIds.length && (await manager.countBy(PracticeTheme, { id: In(fields.themeIds) })) !== fields.themeIds.length)
      problems.push({ path: 'themeIds', code: 'invalid' });
    if (fields.contactIds.length && (await manager.countBy(User, { id: In(fields.contactIds) })) !== fields.contactIds.length)
      problems.push({ path: 'contactIds', code: 'invalid' });
    throwIfProblems(problems);
  }

  private async contactIds(practiceId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(PracticeContact).find({ where: { practiceId }, order: { position: 'ASC' } });
    return rows.map((row) => row.userId);
  }

  private async people(ids: string[]): Promise<Map<string, PracticePerson>> {
    const users = ids.length ? await this.dataSource.getRepository(User).findBy({ id: In(ids) }) : [];
    return new Map(users.map((u) => [u.id, { id: u.id, name: u.name, organisation: u.organisation, country: u.country }]));
  }

  private async reviews(practiceId: string): Promise<PracticeDto['reviews']> {
    const steps = await this.dataSource
      .getRepository(PracticeReview)
      .find({ where: { practiceId }, relations: { by: true }, order: { createdAt: 'ASC' } });
    return steps.map((step) => ({
      id: step.id,
      action: step.action,
      body: step.body,
      by: { id: step.by.id, name: step.by.name },
      at: step.createdAt.toISOString(),
    }));
  }
}

/** Drops empty languages, so "missing" means missing. */
function compact<T extends Partial<Record<Language, string | undefined>>>(text: T): Partial<Record<Language, string>> {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => typeof value === 'string' && value.trim() !== '')) as Partial<
    Record<Language, string>
  >;
}
