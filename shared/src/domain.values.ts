// Zod-free: the client imports these at run time without bundling zod (see values.ts).
export const ROLES = ['participant', 'facilitator', 'organizer'] as const;
export type Role = (typeof ROLES)[number];

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

export const ILO_REGIONS = ['africa', 'americas', 'arab_states', 'asia_pacific', 'europe_central_asia'] as const;
export type IloRegion = (typeof ILO_REGIONS)[number];

export const MODALITIES = ['south_south', 'triangular', 'city_to_city', 'fragile_to_fragile'] as const;
export type Modality = (typeof MODALITIES)[number];

export const PHASES = ['upcoming', 'pre_learning', 'face_to_face', 'post_learning', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const PROGRAMME_ITEM_KINDS = ['panel', 'mandatory_module', 'elective_module'] as const;
export type ProgrammeItemKind = (typeof PROGRAMME_ITEM_KINDS)[number];

export const SESSION_FORMATS = ['expository_presentation', 'questions_and_answers', 'group_work', 'fishbowl', 'world_cafe', 'co_creation'] as const;
export type SessionFormat = (typeof SESSION_FORMATS)[number];

export const ENROLMENT_STATUSES = ['invited', 'active', 'withdrawn'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** How a person takes part in an edition (organizers manage every edition without enrolling). */
export const ENROLMENT_ROLES = ['participant', 'facilitator'] as const;
export type EnrolmentRole = (typeof ENROLMENT_ROLES)[number];

/** A seat in an elective module, or a place on its waitlist (first come, first promoted). */
export const ELECTIVE_CHOICE_STATUSES = ['seated', 'waitlisted'] as const;
export type ElectiveChoiceStatus = (typeof ELECTIVE_CHOICE_STATUSES)[number];

/** Whether participants may choose electives today: the window runs from pre-learning to the deadline. */
export const ELECTIVE_WINDOW_STATES = ['not_open', 'open', 'closed'] as const;
export type ElectiveWindowState = (typeof ELECTIVE_WINDOW_STATES)[number];

/** An import of participants: previewed, then confirmed and written by a background job. */
export const IMPORT_STATUSES = ['previewed', 'queued', 'importing', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What confirming an import will do with one row of the file. */
export const IMPORT_ROW_ACTIONS = ['create', 'update', 'unchanged', 'invalid'] as const;
export type ImportRowAction = (typeof IMPORT_ROW_ACTIONS)[number];

/**
 * A cookie the page can read, set and cleared with the session's (which it cannot read): without it
 * the first screen shows the sign-in form at once instead of waiting a round trip to ask who is
 * signed in. A hint, never a credential: the server decides on the session cookie alone.
 */
export const SIGNED_IN_HINT_COOKIE = 'sstc_signed_in';
