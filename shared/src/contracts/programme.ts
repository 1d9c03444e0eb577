import { z } from 'zod';
import {
  ELECTIVE_CHOICE_STATUSES,
  ELECTIVE_WINDOW_STATES,
  modalitySchema,
  programmeItemKindSchema,
  sessionFormatSchema,
  type ProgrammeItemKind,
} from '../domain.js';
import {
  languageSchema,
  localizedNameSchema,
  localizedTextSchema,
  missingLanguages,
  LANGUAGES,
  type Language,
  type LocalizedText,
} from '../locales.js';
import { dateIn } from '../phase.js';
import { dateTimeInputSchema } from './common.js';
import { personRefSchema, programmeSessionSchema, type FieldIssueOf } from './courses.js';
import { pageOf } from './users.js';

export * from './programme.values.js';

export const sessionInputSchema = z.strictObject({
  /** An existing session keeps its id (and its calendar UID); sessions left out are removed. */
  id: z.uuid().optional(),
  startsAt: dateTimeInputSchema,
  endsAt: dateTimeInputSchema,
  /** The room's name in each language; may be left empty. */
  room: localizedNameSchema(100).default({}),
  format: sessionFormatSchema,
});
export type SessionInput = z.infer<typeof sessionInputSchema>;

const programmeItemFields = {
  number: z.number().int().min(1).max(999).optional(),
  title: localizedTextSchema,
  description: localizedTextSchema.default({}),
  /** Elective modules only: modules of one block run in parallel, and a participant takes one. */
  block: z.string().trim().min(1).max(20).nullable().default(null),
  capacity: z.number().int().min(1).max(10_000).nullable().default(null),
  modalities: z.array(modalitySchema).max(4).default([]),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17).default([]),
  facilitatorIds: z.array(z.uuid()).max(50).default([]),
  resourcePersons: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  sessions: z.array(sessionInputSchema).max(30).default([]),
};

export const createProgrammeItemRequestSchema = z.strictObject({ kind: programmeItemKindSchema, ...programmeItemFields });
export type CreateProgrammeItemRequest = z.infer<typeof createProgrammeItemRequestSchema>;

/** The whole item again (its kind stays): the editor always holds all of it. */
export const updateProgrammeItemRequestSchema = z.strictObject(programmeItemFields);
export type UpdateProgrammeItemRequest = z.infer<typeof updateProgrammeItemRequestSchema>;

/** Rules that need the kind and the edition: electives have a block and a capacity, sessions are in the week. */
export function programmeItemProblems(
  kind: ProgrammeItemKind,
  item: Pick<UpdateProgrammeItemRequest, 'title' | 'block' | 'capacity' | 'sessions'>,
  edition: { defaultLanguage: Language; timeZone: string; faceToFaceStart: string; faceToFaceEnd: string },
): FieldIssueOf[] {
  const problems: FieldIssueOf[] = [];
  if (!item.title[edition.defaultLanguage]?.trim()) problems.push({ path: `title.${edition.defaultLanguage}`, code: 'default_translation_required' });
  if (kind === 'elective_module') {
    if (!item.block) problems.push({ path: 'block', code: 'required' });
    if (!item.capacity) problems.push({ path: 'capacity', code: 'required' });
  }
  item.sessions.forEach((session, index) => {
    if (Date.parse(session.endsAt) <= Date.parse(session.startsAt)) problems.push({ path: `sessions.${index}.endsAt`, code: 'end_before_start' });
    const day = dateIn(edition.timeZone, new Date(session.startsAt));
    if (day < edition.faceToFaceStart || day > edition.faceToFaceEnd)
      problems.push({ path: `sessions.${index}.startsAt`, code: 'session_outside_week' });
  });
  return problems;
}

/** Which languages each text of the programme still lacks, among the edition's languages. */
export interface TranslationStatus {
  /** Per language: how many texts lack it. */
  missing: Record<Language, number>;
  edition: Language[];
  venue: Language[];
  /** `rooms`: the languages that at least one named room of the item's sessions lacks. */
  items: { id: string; kind: ProgrammeItemKind; number: number; title: Language[]; description: Language[]; rooms: Language[] }[];
}

/** A text counts as missing a language only when it has some content: an empty description or room is no gap. */
export function translationStatus(
  edition: { title: LocalizedText; venue?: LocalizedText; languages: readonly Language[] },
  items: readonly {
    id: string;
    kind: ProgrammeItemKind;
    number: number;
    title: LocalizedText;
    description: LocalizedText;
    sessions?: readonly { room: LocalizedText }[];
  }[],
): TranslationStatus {
  const gaps = (text: LocalizedText) =>
    missingLanguages(text, LANGUAGES).length === LANGUAGES.length ? [] : missingLanguages(text, edition.languages);
  // Each named room is a text of its own (for the counts); the item lists the languages any of them lacks.
  const roomGaps = items.map((item) => (item.sessions ?? []).map((session) => gaps(session.room)));
  const status: TranslationStatus = {
    missing: { en: 0, es: 0, fr: 0, pt: 0 },
    edition: missingLanguages(edition.title, edition.languages),
    venue: gaps(edition.venue ?? {}),
    items: items.map((item, index) => ({
      id: item.id,
      kind: item.kind,
      number: item.number,
      title: missingLanguages(item.title, edition.languages),
      description: gaps(item.description),
      rooms: edition.languages.filter((language) => roomGaps[index]!.some((missing) => missing.includes(language))),
    })),
  };
  const texts = [status.edition, status.venue, ...status.items.flatMap((i) => [i.title, i.description]), ...roomGaps.flat()];
  for (const language of texts.flat()) status.missing[language] += 1;
  return status;
}

// Elective choice -----------------------------------------------------------------------------

export const electiveWindowSchema = z.object({
  state: z.enum(ELECTIVE_WINDOW_STATES),
  opensOn: z.iso.date(),
  /** The last day (in the edition's time zone) on which participants may choose or change. */
  deadline: z.iso.date(),
});
export type ElectiveWindow = z.infer<typeof electiveWindowSchema>;

export const electiveModuleSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  capacity: z.number().int(),
  seated: z.number().int(),
  seatsLeft: z.number().int(),
  waitlisted: z.number().int(),
  modalities: z.array(modalitySchema),
  sdgs: z.array(z.number().int()),
  facilitators: z.array(personRefSchema),
  sessions: z.array(programmeSessionSchema),
});
export type ElectiveModule = z.infer<typeof electiveModuleSchema>;

export const electiveChoiceSchema = z.object({
  itemId: z.uuid(),
  status: z.enum(ELECTIVE_CHOICE_STATUSES),
  /** 1 for the first on the waitlist; null when seated. */
  waitlistPosition: z.number().int().nullable(),
  chosenAt: z.iso.datetime(),
});
export type ElectiveChoice = z.infer<typeof electiveChoiceSchema>;

export const electiveBlockSchema = z.object({
  block: z.string(),
  modules: z.array(electiveModuleSchema),
  /** The caller's seat or waitlist place in this block (participants only). */
  choice: electiveChoiceSchema.nullable(),
});
export type ElectiveBlock = z.infer<typeof electiveBlockSchema>;

export const electivesOverviewSchema = z.object({
  editionId: z.uuid(),
  window: electiveWindowSchema,
  /** Whether the caller chooses for themselves (an enrolled participant). */
  canChoose: z.boolean(),
  blocks: z.array(electiveBlockSchema),
});
export type ElectivesOverview = z.infer<typeof electivesOverviewSchema>;

export const chooseElectiveRequestSchema = z.strictObject({
  itemId: z.uuid(),
  /** When the module is full: join its waitlist (giving up any place in the same block) instead of failing. */
  waitlist: z.boolean().default(false),
});
export type ChooseElectiveRequest = z.infer<typeof chooseElectiveRequestSchema>;

export const electiveFillSchema = z.object({
  participants: z.number().int(),
  blocks: z.array(
    z.object({
      block: z.string(),
      /** Participants with neither a seat nor a waitlist place in this block. */
      undecided: z.number().int(),
      modules: z.array(
        z.object({
          id: z.uuid(),
          number: z.number().int(),
          title: localizedTextSchema,
          capacity: z.number().int(),
          seated: z.number().int(),
          waitlisted: z.number().int(),
        }),
      ),
    }),
  ),
});
export type ElectiveFill = z.infer<typeof electiveFillSchema>;

export const electiveParticipantSchema = z.object({
  enrolmentId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  country: z.string().nullable(),
  language: languageSchema,
  cohort: z.string().nullable(),
  status: z.enum(ELECTIVE_CHOICE_STATUSES),
  waitlistPosition: z.number().int().nullable(),
  chosenAt: z.iso.datetime(),
});
export type ElectiveParticipant = z.infer<typeof electiveParticipantSchema>;

export const electiveParticipantsQuerySchema = z.strictObject({
  status: z.enum(ELECTIVE_CHOICE_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ElectiveParticipantsQuery = z.infer<typeof electiveParticipantsQuerySchema>;

export const electiveParticipantsPageSchema = pageOf(electiveParticipantSchema);
