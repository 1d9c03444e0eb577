import { z } from 'zod';
import {
  ROLES,
  CONSTITUENCY_GROUPS,
  MODALITIES,
  PROGRAMME_ITEM_KINDS,
  SESSION_FORMATS,
  ENROLMENT_STATUSES,
  ENROLMENT_ROLES,
} from './domain.values.js';

export * from './domain.values.js';

export const roleSchema = z.enum(ROLES);
export const constituencyGroupSchema = z.enum(CONSTITUENCY_GROUPS);
export const modalitySchema = z.enum(MODALITIES);
export const programmeItemKindSchema = z.enum(PROGRAMME_ITEM_KINDS);
export const sessionFormatSchema = z.enum(SESSION_FORMATS);
export const enrolmentStatusSchema = z.enum(ENROLMENT_STATUSES);
export const enrolmentRoleSchema = z.enum(ENROLMENT_ROLES);
