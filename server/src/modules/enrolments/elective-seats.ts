import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { localize, type ElectiveChoiceStatus } from '@sstc/shared';
import { ApiException, forbidden } from '../../common/http/api.exception.js';
import { CONFIG, type Config } from '../../config/config.js';
import { Edition } from '../courses/edition.entity.js';
import { Enrolment } from './enrolment.entity.js';
import { validationFailed } from '../../common/http/validation.js';
import { ElectiveChoice } from './elective-choice.entity.js';
import type { ModuleSeats } from '../programme/module-seats.js';
import { MembershipEvents } from './membership-events.js';
import { ProgrammeItem } from '../programme/programme-item.entity.js';
import { NotificationRecorder } from '../../common/notifications/notification-recorder.js';

/** The place a participant now holds in a module. */
export interface SeatChanges {
  status?: ElectiveChoiceStatus;
}

/**
 * Seats in elective modules, kept within capacity by PostgreSQL row locks.
 *
 * Every change to the choices of a module happens while its programme_items row is locked
 * (SELECT … FOR UPDATE), so counting its seats and taking one cannot interleave with another
 * transaction doing the same. A participant's own changes are serialised by locking their
 * enrolment row first. Locks are always taken in the same order — the enrolment, then modules
 * by id — so two transactions never wait on each other in a circle. Promoting someone from a
 * waitlist needs only the module's lock: their own transactions wait for it before touching it.
 * Every seat or waitlist place taken, given up or promoted is recorded as a membership change in
 * the same transaction (a seat opens the module's room).
 */
@Injectable()
export class ElectiveSeats implements ModuleSeats {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly notifications: NotificationRecorder,
    private readonly events: MembershipEvents,
  ) {}

  /**
   * The participant's enrolment, locked for this transaction (with its edition if asked, in the same
   * statement); refuses anyone not (or no longer) a participant.
   */
  async lockParticipant(
    manager: EntityManager,
    where: { editionId: string; userId: string } | { id: string },
    { withEdition = false } = {},
  ): Promise<Enrolment> {
    const query = manager.createQueryBuilder(Enrolment, 'enrolment').where(where).setLock('pessimistic_write', undefined, ['enrolment']);
    // Joined, not loaded by findOne's relations (which reads the ids first in a statement of its own).
    if (withEdition) query.innerJoinAndSelect('enrolment.edition', 'edition');
    const enrolment = await query.getOne();
    if (!enrolment || enrolment.role !== 'participant' || enrolment.status === 'withdrawn') throw forbidden();
    return enrolment;
  }

  /** Locks these modules' rows in id order and returns them fresh. */
  async lockModules(manager: EntityManager, itemIds: string[]): Promise<ProgrammeItem[]> {
    const ids = [...new Set(itemIds)].sort();
    if (ids.length === 0) return [];
    // PostgreSQL locks the rows as the sorted result comes out: always in id order.
    return manager
      .createQueryBuilder(ProgrammeItem, 'item')
      .where('item.id IN (:...ids)', { ids })
      .orderBy('item.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /**
   * Gives the participant a seat in the module, or a place on its waitlist when it is full and
   * they asked for one; any other seat or place they had in the same block is given up.
   */
  async take(manager: EntityManager, enrolment: Enrolment, itemId: string, waitlist: boolean): Promise<SeatChanges> {
    // The module and the participant's current place in its block, in one round trip.
    const [target]: {
      block: string | null;
      capacity: number | null;
      choice_id: string | null;
      current_item: string | null;
      current_status: ElectiveChoiceStatus | null;
    }[] = await manager.query(
      `SELECT t.block, t.capacity, c.id AS choice_id, c.item_id AS current_item, c.status AS current_status
         FROM programme_items t
         LEFT JOIN elective_choices c ON c.edition_id = t.edition_id AND c.user_id = $3 AND c.block = t.block
        WHERE t.id = $1 AND t.edition_id = $2 AND t.kind = 'elective_module'`,
      [itemId, enrolment.editionId, enrolment.userId],
    );
    if (!target?.block || !target.capacity) throw validationFailed([{ path: 'itemId', code: 'invalid_value' }]);
    const current = target.choice_id ? { id: target.choice_id, itemId: target.current_item!, status: target.current_status! } : null;
    if (current?.itemId === itemId) return { status: current.status };

    const locked = await this.lockModules(manager, current ? [itemId, current.itemId] : [itemId]);
    const module = locked.find((item) => item.id === itemId)!;
    // The block or capacity may have changed while we waited for the lock.
    if (module.block !== target.block || !module.capacity) throw new ApiException('conflict');

    if (current)
      await this.remove(
        manager,
        current.id,
        locked.find((item) => item.id === current.itemId)!,
      );
    // Counted and taken in one statement while the module is locked: its snapshot begins after the
    // lock was granted, so it sees every seat taken before. Nothing is inserted when the module is
    // full and the participant did not ask for its waitlist (and the transaction rolls back).
    const inserted: { status: ElectiveChoiceStatus }[] = await manager.query(
      `INSERT INTO elective_choices (edition_id, item_id, user_id, block, status)
       SELECT $1, $2, $3, $4, CASE WHEN taken.seated < $5 THEN 'seated' ELSE 'waitlisted' END
         FROM (SELECT count(*) AS seated FROM elective_choices WHERE item_id = $2 AND status = 'seated') AS taken
        WHERE taken.seated < $5 OR $6
       RETURNING status`,
      [enrolment.editionId, module.id, enrolment.userId, module.block, module.capacity, waitlist],
    );
    const status = inserted[0]?.status;
    if (!status) throw new ApiException('elective_full');
    await this.events.record(manager, {
      change: status === 'seated' ? 'seated' : 'waitlisted',
      userIds: [enrolment.userId],
      editionId: enrolment.editionId,
      itemId,
    });
    return { status };
  }

  /** Gives up the participant's seat or waitlist place in the module, if they have one. */
  async leave(manager: EntityManager, enrolment: Enrolment, itemId: string): Promise<SeatChanges> {
    const current = await manager.findOneBy(ElectiveChoice, { editionId: enrolment.editionId, userId: enrolment.userId, itemId });
    if (!current) return {};
    const [module] = await this.lockModules(manager, [itemId]);
    await this.remove(manager, current.id, module!);
    await this.events.record(manager, { change: 'unseated', userIds: [enrolment.userId], editionId: enrolment.editionId, itemId });
    return {};
  }

  /** Frees every seat and place of a participant in an edition (withdrawal: the caller records it). */
  async releaseAll(manager: EntityManager, enrolment: Enrolment): Promise<void> {
    const choices = await manager.findBy(ElectiveChoice, { editionId: enrolment.editionId, userId: enrolment.userId });
    const modules = await this.lockModules(
      manager,
      choices.map((c) => c.itemId),
    );
    for (const choice of choices)
      await this.remove(
        manager,
        choice.id,
        modules.find((m) => m.id === choice.itemId)!,
      );
  }

  /**
   * Fills free seats of a locked module from its waitlist, first come first served, and emails
   * each person promoted (in the same transaction: no email if it rolls back). Returns their ids.
   */
  async promote(manager: EntityManager, module: ProgrammeItem): Promise<string[]> {
    const free = (module.capacity ?? 0) - (await this.seatedCount(manager, module.id));
    if (free <= 0) return [];
    const [promoted]: [{ id: string; user_id: string }[], number] = await manager.query(
      `UPDATE elective_choices SET status = 'seated'
        WHERE id IN (SELECT id FROM elective_choices WHERE item_id = $1 AND status = 'waitlisted' ORDER BY created_at, id LIMIT $2)
        RETURNING id, user_id`,
      [module.id, free],
    );
    if (promoted.length === 0) return [];
    await this.notifyPromoted(manager, module, promoted);
    const userIds = promoted.map((row) => row.user_id);
    await this.events.record(manager, { change: 'promoted', userIds, editionId: module.editionId, itemId: module.id });
    return userIds;
  }

  async seatedCount(manager: EntityManager, itemId: string): Promise<number> {
    return manager.countBy(ElectiveChoice, { itemId, status: 'seated' });
  }

  hasChoices(manager: EntityManager, itemId: string): Promise<boolean> {
    return manager.existsBy(ElectiveChoice, { itemId });
  }

  /** Deletes a choice of a locked module; a freed seat goes to the waitlist. */
  private async remove(manager: EntityManager, choiceId: string, module: ProgrammeItem): Promise<void> {
    // Read again under the lock: a promotion may have seated this person since we first looked.
    const [deleted]: [{ status: ElectiveChoiceStatus }[], number] = await manager.query(
      'DELETE FROM elective_choices WHERE id = $1 RETURNING status',
      [choiceId],
    );
    if (deleted[0]?.status === 'seated') await this.promote(manager, module);
  }

  /** The promoted hear of it in their notifications, and by the promotion email if they chose "email at once". */
  private async notifyPromoted(manager: EntityManager, module: ProgrammeItem, promoted: { id: string; user_id: string }[]): Promise<void> {
    const edition = await manager.findOneByOrFail(Edition, { id: module.editionId });
    for (const row of promoted) {
      const ids = await this.notifications.record(manager, {
        kind: 'waitlist_promoted',
        recipientIds: [row.user_id],
        subjectId: row.id,
        title: module.title,
        link: `/editions/${edition.id}/electives`,
        email: (user) => ({
          key: `elective-promoted:${row.id}`,
          template: 'elective_promoted',
          params: {
            name: user.name,
            module: localize(module.title, user.language, edition.defaultLanguage),
            block: module.block ?? '',
            edition: localize(edition.title, user.language, edition.defaultLanguage),
            link: `${this.config.PUBLIC_URL}/editions/${edition.id}/electives`,
          },
        }),
      });
      await this.notifications.publishAfterCommit(manager, ids);
    }
  }
}
