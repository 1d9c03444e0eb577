import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProgrammeItem } from '../../programme/programme-item.entity.js';
import type { Edition } from '../../courses/edition.entity.js';
import { LearningRemindersService } from '../learning-reminders.service.js';
import { LearningUnit } from '../learning-unit.entity.js';
import { INTRODUCTORY_PACKAGE } from './introductory-package.js';

/** Loads the introductory package into a demo edition (called by the demo seed, in its transaction). */
@Injectable()
export class LearningSeedService {
  constructor(private readonly reminders: LearningRemindersService) {}

  async seedIntroductoryPackage(manager: EntityManager, edition: Edition): Promise<number> {
    const items = await manager.find(ProgrammeItem, { where: { editionId: edition.id } });
    const units = INTRODUCTORY_PACKAGE.map((entry, index) => {
      const item = entry.item && items.find((candidate) => candidate.kind === entry.item!.kind && candidate.number === entry.item!.number);
      if (entry.item && !item) throw new Error(`demo package: no ${entry.item.kind} ${entry.item.number} in ${edition.code}`);
      return {
        editionId: edition.id,
        programmeItemId: item ? item.id : null,
        position: index + 1,
        title: entry.title ?? item!.title,
        body: entry.body,
        keyQuestions: entry.keyQuestions,
        resources: entry.resources ?? [],
        estimatedMinutes: entry.estimatedMinutes,
      };
    });
    await manager.save(LearningUnit, units);
    // The edition's pre-learning reminder, queued with the data (the queue runs before the seed).
    await this.reminders.schedule(edition, manager);
    return units.length;
  }
}
