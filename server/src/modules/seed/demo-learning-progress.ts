import type { EntityManager } from 'typeorm';
import { addDays, zonedTime } from '@sstc/shared';
import type { Edition } from '../courses/edition.entity.js';
import { LearningProgress } from '../learning/learning-progress.entity.js';
import { LearningUnit } from '../learning/learning-unit.entity.js';
import type { Respondent } from './demo-assessments.js';

/** How far each outlook went through the package (units completed; one more opened and left). */
const COMPLETED = { keen: [15, 15, 14], positive: [12, 10, 15, 8], mixed: [5, 3, 7] } as const;

/**
 * The 2016 participants' progress through the pre-learning package, from February to May 2016:
 * the keen finished it, most got far, a few stopped early, so the dashboard has something to say.
 */
export async function seedLearningProgress(manager: EntityManager, edition: Edition, respondents: Respondent[]): Promise<void> {
  const units = await manager.find(LearningUnit, { where: { editionId: edition.id }, order: { position: 'ASC' } });
  const rows = respondents.flatMap(({ user, profile }, index) => {
    const completed = Math.min(units.length, COMPLETED[profile.outlook][index % COMPLETED[profile.outlook].length]!);
    const opened = Math.min(units.length, completed + 1);
    return units.slice(0, opened).map((unit, position) => {
      // One unit every week or so from the opening of pre-learning, each person at their own pace.
      const day = addDays(edition.preLearningOpens, position * 7 + (index % 5) * 2);
      const openedAt = zonedTime(day, `${String(8 + (index % 10)).padStart(2, '0')}:30`, user.timeZone);
      return {
        unitId: unit.id,
        userId: user.id,
        editionId: edition.id,
        openedAt,
        completedAt: position < completed ? new Date(openedAt.getTime() + (25 + (index % 4) * 10) * 60_000) : null,
      };
    });
  });
  await manager.insert(LearningProgress, rows);
}
