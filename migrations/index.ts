// Written by `npm run migration:generate`: every migration, oldest first.
import { CreateFoundation1795353512000 } from './1795353512000-CreateFoundation.js';

export const MIGRATIONS = [CreateFoundation1795353512000];
