import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EditionDetail, EditionSummary } from '@sstc/shared';
import type { Edition } from './edition.entity.js';

/** What an edition's detail shows beyond its own fields (its programme). */
export type EditionDetailPart = Partial<Omit<EditionDetail, keyof EditionSummary>>;

/** A feature's part of an edition: the programme, the cohorts. */
export interface EditionPart {
  /** Copies this part of `source` into the new edition `target`, inside the transaction creating it. */
  copy(manager: EntityManager, source: Edition, target: Edition): Promise<void>;
  /** This part's fields of the edition's detail. */
  detail?(editionId: string): Promise<EditionDetailPart>;
}

/**
 * The parts other features add to an edition. Those features depend on courses (an edition's items
 * and cohorts refer to it), so they register their part here when the application starts and
 * courses never imports them.
 */
@Injectable()
export class EditionParts {
  private readonly parts: EditionPart[] = [];

  register(part: EditionPart): void {
    this.parts.push(part);
  }

  async copy(manager: EntityManager, source: Edition, target: Edition): Promise<void> {
    for (const part of this.parts) await part.copy(manager, source, target);
  }

  async detail(editionId: string): Promise<Omit<EditionDetail, keyof EditionSummary>> {
    const fields = await Promise.all(this.parts.map(async (part) => (part.detail ? part.detail(editionId) : {})));
    return Object.assign({ programme: [] }, ...fields);
  }
}
