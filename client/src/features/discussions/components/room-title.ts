import type { TFunction } from 'i18next';
import type { Language, RoomSummary } from '@sstc/shared';
import { localized, type Localized } from '../../../lib/localized.js';

/** A room's name in the reader's language, and its kind ("Mandatory module 1", "Cohort"). */
export function roomTitle(room: RoomSummary, language: Language): Localized {
  return localized(room.title, language, 'en');
}

export function roomKindLabel(room: RoomSummary, t: TFunction<'discussions'>): string {
  if (room.item) return t(`kinds.${room.item.kind}`, { number: room.item.number });
  // A programme item room always has its item.
  return t(`kinds.${room.kind as Exclude<RoomSummary['kind'], 'programme_item'>}`);
}
