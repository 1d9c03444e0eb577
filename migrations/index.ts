// Written by `npm run migration:generate`: every migration, oldest first.
import { CreateFoundation1795352971502 } from './1795352971502-CreateFoundation.js';

export const MIGRATIONS = [CreateFoundation1795352971502];
