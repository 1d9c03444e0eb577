// Written by `npm run migration:generate`: every migration, oldest first.
import { CreateFoundation1795353512000 } from './1795353512000-CreateFoundation.js';
import { CreateSurveys1795354657097 } from './1795354657097-CreateSurveys.js';
import { CreateLearning1795354933463 } from './1795354933463-CreateLearning.js';

export const MIGRATIONS = [CreateFoundation1795353512000, CreateSurveys1795354657097, CreateLearning1795354933463];
