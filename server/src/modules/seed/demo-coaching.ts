import type { EntityManager } from 'typeorm';
import { addDays, dateIn, zonedTime } from '@sstc/shared';
import { CoachingSlot } from '../coaching/entities/coaching-slot.entity.js';
import type { Edition } from '../courses/edition.entity.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import type { User } from '../users/user.entity.js';

/**
 * A few coaching slots the facilitator offers the 2016 participants in the post-learning phase,
 * from a week after the demo was loaded: one-to-one on two modules, and a group session on a need.
 */
export async function seedCoaching(manager: EntityManager, edition: Edition, facilitator: User, today: Date): Promise<void> {
  const modules = await manager.find(ProgrammeItem, { where: { editionId: edition.id, kind: 'mandatory_module' }, order: { number: 'ASC' } });
  const day = (offset: number) => addDays(dateIn(facilitator.timeZone, today), offset);
  const base = { editionId: edition.id, facilitatorId: facilitator.id, timeZone: facilitator.timeZone, durationMinutes: 45 };
  await manager.save(CoachingSlot, [
    {
      ...base,
      startsAt: zonedTime(day(7), '14:00', facilitator.timeZone),
      meetingLink: 'https://meet.example.org/sstc-coaching-1',
      place: null,
      language: 'fr' as const,
      programmeItemId: modules[0]?.id ?? null,
      need: modules[0] ? null : 'Coopération Sud-Sud',
      capacity: 1,
    },
    {
      ...base,
      startsAt: zonedTime(day(8), '15:00', facilitator.timeZone),
      meetingLink: 'https://meet.example.org/sstc-coaching-2',
      place: null,
      language: 'en' as const,
      programmeItemId: modules[1]?.id ?? modules[0]?.id ?? null,
      need: modules[0] ? null : 'South-South cooperation',
      capacity: 1,
    },
    {
      ...base,
      startsAt: zonedTime(day(10), '13:00', facilitator.timeZone),
      durationMinutes: 90,
      meetingLink: 'https://meet.example.org/sstc-coaching-group',
      place: null,
      language: 'pt' as const,
      programmeItemId: null,
      need: 'Como redigir uma proposta de projeto de cooperação triangular',
      capacity: 6,
    },
  ]);
}
