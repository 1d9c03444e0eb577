import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ElectiveChoiceStatus } from '@sstc/shared';
import { ElectiveChoice } from './elective-choice.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { facilitatedCohorts, facilitatedItems, follows, notWithdrawn } from './membership.sql.js';

/** The cohorts and programme items a person facilitates in one edition. */
export interface Facilitated {
  cohortIds: string[];
  itemIds: string[];
}

/** Membership questions answered with one statement each, from the fragments of membership.sql.ts. */
@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  activeEnrolment(userId: string, editionId: string, manager: EntityManager = this.dataSource.manager): Promise<Enrolment | null> {
    return manager
      .createQueryBuilder(Enrolment, 'e')
      .where(`e.edition_id = :editionId AND e.user_id = :userId AND ${notWithdrawn('e')}`, { editionId, userId })
      .getOne();
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
