import type { MembershipChange } from '@sstc/shared';
import type { TestApp } from './test-app.js';

/** The membership changes recorded for a person (queued, done or archived jobs), oldest first. */
export async function membershipChanges(t: TestApp, userId: string): Promise<MembershipChange[]> {
  const rows: { data: MembershipChange }[] = await t.dataSource.query(
    `SELECT data, created_on FROM pgboss.job WHERE name = 'membership-changed' AND data->'userIds' ? $1
     UNION ALL SELECT data, created_on FROM pgboss.archive WHERE name = 'membership-changed' AND data->'userIds' ? $1
     ORDER BY created_on`,
    [userId],
  );
  return rows.map((row) => row.data);
}

/** Waits until every membership change recorded for a person has been handled (or has failed for good). */
export async function membershipSettled(t: TestApp, userId: string): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const [{ pending }]: [{ pending: number }] = await t.dataSource.query(
      `SELECT count(*)::int AS pending FROM pgboss.job WHERE name = 'membership-changed' AND data->'userIds' ? $1 AND state IN ('created', 'retry', 'active')`,
      [userId],
    );
    if (pending === 0) return;
  }
  throw new Error(`membership changes of ${userId} still pending`);
}
