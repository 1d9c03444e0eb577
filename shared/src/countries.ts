import { z } from 'zod';
import { iloRegionOf } from './countries.values.js';

export * from './countries.values.js';

export const countrySchema = z
  .string()
  .transform((code) => code.toUpperCase())
  .refine((code) => iloRegionOf(code) !== null, { message: 'unknown_country' });
