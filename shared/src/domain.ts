import { z } from 'zod';

export const ROLES = ['participant', 'facilitator', 'organizer'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const CONSTITUENCY_GROUPS = [
  'government',
  'workers_organization',
  'employers_organization',
  'ilo_staff',
  'un_agency',
  'cooperation_agency',
  'local_government',
  'academia',
  'social_solidarity_economy',
  'other',
] as const;
export type ConstituencyGroup = (typeof CONSTITUENCY_GROUPS)[number];
export const constituencyGroupSchema = z.enum(CONSTITUENCY_GROUPS);

export const ILO_REGIONS = ['africa', 'americas', 'arab_states', 'asia_pacific', 'europe_central_asia'] as const;
export type IloRegion = (typeof ILO_REGIONS)[number];

export const MODALITIES = ['south_south', 'triangular', 'city_to_city', 'fragile_to_fragile'] as const;
export type Modality = (typeof MODALITIES)[number];
export const modalitySchema = z.enum(MODALITIES);

export const PHASES = ['upcoming', 'pre_learning', 'face_to_face', 'post_learning', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const PROGRAMME_ITEM_KINDS = ['panel', 'mandatory_module', 'elective_module'] as const;
export type ProgrammeItemKind = (typeof PROGRAMME_ITEM_KINDS)[number];
export const programmeItemKindSchema = z.enum(PROGRAMME_ITEM_KINDS);

export const SESSION_FORMATS = [
  'expository_presentation',
  'questions_and_answers',
  'group_work',
  'fishbowl',
  'world_cafe',
  'co_creation',
] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];
export const sessionFormatSchema = z.enum(SESSION_FORMATS);

export const ENROLMENT_STATUSES = ['invited', 'active', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
