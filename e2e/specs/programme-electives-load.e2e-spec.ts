import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runElectivesScenario } from '../bench/electives-scenario.js';

// The elective benchmark, smaller: participants imported from CSV accept their invitations, then
// all choose at once over HTTP against the real server and database.
describe('elective choices under load', () => {
  it('never seats anyone beyond capacity and gives each participant one place per block', async () => {
    const result = await runElectivesScenario({
      baseUrl: process.env.E2E_BASE_URL!,
      mailDir: path.join(process.env.E2E_DATA_DIR!, 'mail'),
      participants: 24,
      blocks: [
        { block: 'A', capacities: [5, 5, 5] },
        { block: 'B', capacities: [8, 8] },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.failed).toBe(0);
    expect(result.requests).toBe(48);
    // The favourite modules overflowed: the waitlists had to form.
    expect(result.fill.flatMap((block) => block.modules).some((module) => module.waitlisted > 0)).toBe(true);
    for (const module of result.fill.flatMap((block) => block.modules)) expect(module.seated).toBeLessThanOrEqual(module.capacity);
  });
});
