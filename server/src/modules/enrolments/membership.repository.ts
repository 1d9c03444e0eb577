import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ElectiveChoiceStatus } from '@sstc/shared';
import { validationFailed } from '../../common/http/validation.js';
import { User } from '../users/user.entity.js';
import { ElectiveChoice } from './elective-choice.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { facilitatedCohorts, facilitatedItems, follows, notWithdrawn } from './membership.sql.js';
import { onceWithinRead } from '../../common/http/read-memo.js';

/** The cohorts and programme items a person facilitates in one edition. */
export interface Facilitated {
  cohortIds: string[];
  itemIds: string[];
}

/** Membership questions answered with one statement each, from the fragments of membership.sql.ts. */
@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  activeEnrolment(userId: string, editionId: string, manager?: EntityManager): Promise<Enrolment | null> {
    const load = (from: EntityManager) =>
      from
        .createQueryBuilder(Enrolment, 'e')
        .where(`e.edition_id = :editionId AND e.user_id = :userId AND ${notWithdrawn('e')}`, { editionId, userId })
        .getOne();
    if (manager) return load(manager);
    return onceWithinRead(`enrolment:${userId}:${editionId}`, () => load(this.dataSource.manager));
  }

  async editionIdsOf(userId: string): Promise<string[]> {
    const rows: { edition_id: string }[] = await this.dataSource.query(
      `SELECT e.edition_id FROM enrolments e WHERE e.user_id = $1 AND ${notWithdrawn('e')}`,
      [userId],
    );
    return rows.map((row) => row.edition_id);
  }

  /** These users, each enrolled (not withdrawn) in the edition as a facilitator; anyone else fails validation at `path`. */
  async enrolledFacilitators(manager: EntityManager, editionId: string, userIds: readonly string[], path = 'facilitatorIds'): Promise<User[]> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return [];
    const enrolled = await manager
      .createQueryBuilder(User, 'user')
      .innerJoin(Enrolment, 'e', `e.user_id = user.id AND e.edition_id = :editionId AND e.role = 'facilitator' AND ${notWithdrawn('e')}`, {
        editionId,
      })
      .where('user.id IN (:...ids)', { ids })
      .getMany();
    if (enrolled.length !== ids.length) throw validationFailed([{ path, code: 'not_edition_facilitator' }]);
    return enrolled;
  }

  async participantsPerCohort(where: { editionId: string } | { cohortId: string }): Promise<Map<string, number>> {
    const [column, value] = 'editionId' in where ? ['edition_id', where.editionId] : ['cohort_id', where.cohortId];
    const rows: { cohort_id: string; count: number }[] = await this.dataSource.query(
      `SELECT e.cohort_id, count(*)::int AS count FROM enrolments e
        WHERE e.${column} = $1 AND e.role = 'participant' AND ${notWithdrawn('e')} AND e.cohort_id IS NOT NULL GROUP BY e.cohort_id`,
      [value],
    );
    return new Map(rows.map((row) => [row.cohort_id, row.count]));
  }

  async cohortMemberIds(manager: EntityManager, cohortId: string): Promise<string[]> {
    const enrolments = await manager.find(Enrolment, { select: { userId: true }, where: { cohortId } });
    return enrolments.map((enrolment) => enrolment.userId);
  }

  /** A person who accepts their invitation becomes active in every edition they were invited to. */
  async activateInvitations(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(Enrolment, { userId, status: 'invited' }, { status: 'active' });
  }

  async facilitated(userId: string, editionId: string, manager: EntityManager = this.dataSource.manager): Promise<Facilitated> {
    const rows: { kind: 'cohort' | 'item'; id: string }[] = await manager.query(
      `SELECT 'cohort' AS kind, id FROM (${facilitatedCohorts('$1', '$2')}) c UNION ALL SELECT 'item' AS kind, id FROM (${facilitatedItems('$1', '$2')}) i`,
      [userId, editionId],
    );
    return {
      cohortIds: rows.filter((row) => row.kind === 'cohort').map((row) => row.id),
      itemIds: rows.filter((row) => row.kind === 'item').map((row) => row.id),
    };
  }

  electiveChoices(userId: string, editionId: string): Promise<ElectiveChoice[]> {
    return this.dataSource.getRepository(ElectiveChoice).findBy({ editionId, userId });
  }

  async electivePlace(userId: string, itemId: string, manager: EntityManager = this.dataSource.manager): Promise<ElectiveChoiceStatus | null> {
    const choice = await manager.findOneBy(ElectiveChoice, { userId, itemId });
    return choice?.status ?? null;
  }

  async follows(facilitatorId: string, participantId: string, editionId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const [row]: { follows: boolean }[] = await manager.query(`SELECT ${follows('$1', '$2', '$3')} AS follows`, [
      facilitatorId,
      participantId,
      editionId,
    ]);
    return row!.follows;
  }
}
