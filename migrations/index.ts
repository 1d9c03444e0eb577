// Written by `npm run migration:generate`: every migration, oldest first.
import { CreateFoundation1795353512000 } from './1795353512000-CreateFoundation.js';
import { AddProgrammeEnrolments1795354459821 } from './1795354459821-AddProgrammeEnrolments.js';

export const MIGRATIONS = [CreateFoundation1795353512000, AddProgrammeEnrolments1795354459821];
