// Zod-free: the client imports these at run time without bundling zod (see ../values.ts).
import type { ElectiveWindowState } from '../domain.values.js';
import { dateIn } from '../phase.js';
import type { ElectiveWindow } from './programme.js';

/** The selection window runs from the day pre-learning opens through the deadline, in the edition's time zone. */
export function electiveWindow(
  edition: { timeZone: string; preLearningOpens: string; electiveDeadline: string },
  at: Date = new Date(),
): ElectiveWindow {
  const today = dateIn(edition.timeZone, at);
  const state: ElectiveWindowState = today < edition.preLearningOpens ? 'not_open' : today > edition.electiveDeadline ? 'closed' : 'open';
  return { state, opensOn: edition.preLearningOpens, deadline: edition.electiveDeadline };
}
