import { uuidSchema } from '@sstc/shared';
import { ZodValidationPipe } from './zod-validation.pipe.js';

/** For `@Param('id', UuidParam)`: a malformed id is a validation error, not a database error. */
export const UuidParam = new ZodValidationPipe(uuidSchema);
