import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DraftSubject, Language, LocalizedText, MachineDraftMark } from '@sstc/shared';
import type { DataSource } from 'typeorm';
import { ApiException } from '../../common/http/api.exception.js';
import { TranslationService } from './translation.service.js';

/** A localized field of an object, named by its path (`title`, `keyQuestions.2`, …). */
export interface LocalizedField {
  field: string;
  value: LocalizedText;
}

/**
 * Writes filled values back into the object they were read from, by path (`title`,
 * `sections.0.questions.2.options.1.label`: object keys and array indexes joined by dots).
 */
export function applyFields<T extends object>(target: T, fields: LocalizedField[]): T {
  for (const { field, value } of fields) {
    const keys = field.split('.');
    let node: Record<string, unknown> = target as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return target;
}

/**
 * Machine drafts of content: the empty languages of an object's localized fields filled from its
 * default language, each value marked "machine draft, not reviewed" until someone reviews it or
 * writes it themselves. A value is a draft while it still says exactly what the machine wrote.
 * The owner of the object authorizes the caller and saves the filled values.
 */
@Injectable()
export class MachineDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly translation: TranslationService,
  ) {}

  get enabled(): boolean {
    return this.translation.enabled;
  }

  /**
   * Fills every empty value in `languages` from `from`; never touches a value a person wrote.
   * Answers the fields with their filled values and what was filled; nothing is saved here but the marks.
   */
  async fill(
    subject: DraftSubject,
    subjectId: string,
    fields: LocalizedField[],
    from: Language,
    languages: readonly Language[],
    userId: string,
  ): Promise<{ fields: LocalizedField[]; filled: MachineDraftMark[] }> {
    if (!this.translation.enabled) throw new ApiException('translation_disabled');
    const version = await this.translation.version();
    const filled: (MachineDraftMark & { text: string })[] = [];
    const out = await Promise.all(
      fields.map(async ({ field, value }) => {
        const source = value[from]?.trim() ? value[from] : undefined;
        if (!source) return { field, value };
        const next: LocalizedText = { ...value };
        const empty = languages.filter((language) => !value[language]?.trim());
        for (const { language, text } of await this.draft(source, from, empty)) {
          next[language] = text;
          filled.push({ field, language, text });
        }
        return { field, value: next };
      }),
    );
    for (const mark of filled)
      await this.dataSource.query(
        `INSERT INTO machine_drafts (subject_type, subject_id, field, language, text, engine_version, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (subject_type, subject_id, field, language) DO UPDATE SET text = EXCLUDED.text, engine_version = EXCLUDED.engine_version,
           created_by = EXCLUDED.created_by, created_at = now()`,
        [subject, subjectId, mark.field, mark.language, mark.text, version, userId],
      );
    return { fields: out, filled: filled.map(({ field, language }) => ({ field, language })) };
  }

  /** Machine drafts of one text in each of `languages` (not its own): nothing is stored but the translation cache. */
  async draft(text: string, from: Language, languages: readonly Language[]): Promise<{ language: Language; text: string }[]> {
    if (!this.translation.enabled) throw new ApiException('translation_disabled');
    const out: { language: Language; text: string }[] = [];
    for (const language of languages) if (language !== from) out.push({ language, text: await this.translation.translate(text, from, language) });
    return out;
  }

  /** The values of the object that are still machine drafts: marked, and unchanged since. */
  async drafts(subject: DraftSubject, subjectId: string, fields: LocalizedField[]): Promise<MachineDraftMark[]> {
    const rows = await this.dataSource.query<{ field: string; language: Language; text: string }[]>(
      `SELECT field, language, text FROM machine_drafts WHERE subject_type = $1 AND subject_id = $2 ORDER BY field, language`,
      [subject, subjectId],
    );
    const current = new Map(fields.map((f) => [f.field, f.value]));
    return rows.filter((row) => current.get(row.field)?.[row.language] === row.text).map(({ field, language }) => ({ field, language }));
  }

  /** The drafts of several objects of a kind in one query (a programme's items), by object id. */
  async draftsOf(subject: DraftSubject, objects: { id: string; fields: LocalizedField[] }[]): Promise<Map<string, MachineDraftMark[]>> {
    const out = new Map(objects.map((o) => [o.id, [] as MachineDraftMark[]]));
    if (!this.enabled || !objects.length) return out;
    const rows = await this.dataSource.query<{ subject_id: string; field: string; language: Language; text: string }[]>(
      `SELECT subject_id, field, language, text FROM machine_drafts WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) ORDER BY field, language`,
      [subject, objects.map((o) => o.id)],
    );
    const current = new Map(objects.map((o) => [o.id, new Map(o.fields.map((f) => [f.field, f.value]))]));
    for (const row of rows)
      if (current.get(row.subject_id)?.get(row.field)?.[row.language] === row.text)
        out.get(row.subject_id)!.push({ field: row.field, language: row.language });
    return out;
  }

  /** Someone read the draft and accepts it: it is a reviewed translation from now on. */
  async review(subject: DraftSubject, subjectId: string, mark: MachineDraftMark): Promise<void> {
    await this.dataSource.query(`DELETE FROM machine_drafts WHERE subject_type = $1 AND subject_id = $2 AND field = $3 AND language = $4`, [
      subject,
      subjectId,
      mark.field,
      mark.language,
    ]);
  }

  /** The object is gone: so are its marks. */
  async forget(subject: DraftSubject, subjectId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM machine_drafts WHERE subject_type = $1 AND subject_id = $2`, [subject, subjectId]);
  }
}
