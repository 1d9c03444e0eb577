import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AutomaticSend } from '@sstc/shared';
import type { Edition } from './edition.entity.js';

/** The fields whose change moves an edition's automatic sends. */
const SCHEDULE_FIELDS = ['faceToFaceStart', 'faceToFaceEnd', 'impactAssessmentOn', 'electiveDeadline', 'timeZone'] as const;

/** A feature's automatic sends for an edition (the assessments, the pre-learning reminders). */
export interface EditionSchedule {
  /**
   * Schedules this feature's sends for a new edition (`previous` null) or moves those not yet
   * started after its dates changed, inside the transaction that writes the edition: the schedule
   * commits exactly when the edition does, and a crash leaves neither.
   */
  follow(manager: EntityManager, edition: Edition, previous: Edition | null): Promise<void>;
  /** This feature's sends of the edition, sent and planned. */
  sends(edition: Edition): Promise<AutomaticSend[]>;
}

/**
 * The features that send by themselves for an edition. They depend on courses, so they register
 * here when the application starts and courses never imports them (as with EditionParts).
 */
@Injectable()
export class EditionSchedules {
  private readonly schedules: EditionSchedule[] = [];

  register(schedule: EditionSchedule): void {
    this.schedules.push(schedule);
  }

  /** After creating an edition (`previous` null) or changing it; nothing to do when no date that matters changed. */
  async follow(manager: EntityManager, edition: Edition, previous: Edition | null): Promise<void> {
    if (previous && SCHEDULE_FIELDS.every((field) => previous[field] === edition[field])) return;
    for (const schedule of this.schedules) await schedule.follow(manager, edition, previous);
  }

  /** Every automatic send of the edition, in time order. */
  async timeline(edition: Edition): Promise<AutomaticSend[]> {
    const sends = (await Promise.all(this.schedules.map((schedule) => schedule.sends(edition)))).flat();
    return sends.sort((a, b) => a.at.localeCompare(b.at) || a.kind.localeCompare(b.kind));
  }
}
