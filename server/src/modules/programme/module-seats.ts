import type { EntityManager } from 'typeorm';
import type { ProgrammeItem } from './programme-item.entity.js';

/**
 * What changing or removing an elective module asks of its seats, inside the same transaction and
 * while the module's row is locked. The seats are the enrolments feature's (elective choices refer
 * to programme items), so it provides this (ElectiveSeats) from the global membership module and
 * the programme does not import it.
 */
export abstract class ModuleSeats {
  /** How many seats of the module are taken. */
  abstract seatedCount(manager: EntityManager, itemId: string): Promise<number>;

  /** Whether anyone holds a seat or a waitlist place in the module. */
  abstract hasChoices(manager: EntityManager, itemId: string): Promise<boolean>;

  /** Fills free seats of the (locked) module from its waitlist; returns who was promoted. */
  abstract promote(manager: EntityManager, module: ProgrammeItem): Promise<string[]>;
}
