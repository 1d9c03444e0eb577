import type { MachineDraftMark, ProgrammeItem as ProgrammeItemDto } from '@sstc/shared';
import type { LocalizedField } from '../translation/machine-drafts.service.js';
import type { ProgrammeItem } from './programme-item.entity.js';

const KIND_ORDER = { panel: 0, mandatory_module: 1, elective_module: 2 } as const;

/** Panels, then mandatory, then elective modules, each by number. */
export function byProgrammeOrder(a: Pick<ProgrammeItem, 'kind' | 'number'>, b: Pick<ProgrammeItem, 'kind' | 'number'>): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number;
}

/** The localized texts of an item that machine drafts fill: rooms by session id, which survives reordering. */
export const itemDraftFields = (item: Pick<ProgrammeItem, 'title' | 'description' | 'sessions'>): LocalizedField[] => [
  { field: 'title', value: item.title },
  { field: 'description', value: item.description },
  ...(item.sessions ?? []).map((session) => ({ field: `sessions.${session.id}.room`, value: session.room })),
];

/** An item with its facilitators and sessions loaded. */
export function toProgrammeItem(item: ProgrammeItem, machineDrafts: MachineDraftMark[] = []): ProgrammeItemDto {
  return {
    id: item.id,
    kind: item.kind,
    number: item.number,
    title: item.title,
    description: item.description,
    block: item.block,
    capacity: item.capacity,
    modalities: item.modalities,
    sdgs: item.sdgs,
    facilitators: (item.facilitators ?? []).map((f) => ({ id: f.id, name: f.name })).sort((a, b) => a.name.localeCompare(b.name)),
    resourcePersons: item.resourcePersons,
    sessions: [...(item.sessions ?? [])]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), room: s.room, format: s.format })),
    machineDrafts,
  };
}
