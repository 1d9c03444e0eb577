import type { EntityManager } from 'typeorm';
import { addDays, zonedTime, type Answers, type Language } from '@sstc/shared';
import type { Edition } from '../courses/edition.entity.js';
import { SurveyDistribution } from '../surveys/entities/survey-distribution.entity.js';
import { SurveyInterview } from '../surveys/entities/survey-interview.entity.js';
import { SurveyInvitation } from '../surveys/entities/survey-invitation.entity.js';
import { SurveyMessage } from '../surveys/entities/survey-message.entity.js';
import { SurveyResponse } from '../surveys/entities/survey-response.entity.js';
import { Survey } from '../surveys/entities/survey.entity.js';
import type { User } from '../users/user.entity.js';
import type { DemoParticipant, Outlook } from './demo-participants-2016.js';

/** A 2016 participant as the seed knows them: the stored user, their cohort and how they answered. */
export interface Respondent {
  user: User;
  cohortId: string;
  profile: Pick<DemoParticipant, 'outlook' | 'silentAfter' | 'initiative'>;
}

const FORMATS = [
  'world_cafe',
  'group_work',
  'fishbowl',
  'co_creation',
  'questions_and_answers',
  'world_cafe',
  'group_work',
  'expository_presentation',
];

/** Free text in each language, picked in turn so that neighbours do not say the same thing. */
const IMPROVE: Record<Language, string[]> = {
  en: [
    'More time for the elective modules and fewer long presentations on the first morning.',
    'Share the slides before each session: the connection in my office is slow and expensive.',
    'A field visit to a cooperative in Piedmont would have made the SSE module concrete.',
  ],
  es: [
    'Más tiempo para el trabajo en grupo y menos exposiciones largas el primer día.',
    'Interpretación al español también en los módulos optativos, no solo en los paneles.',
    'Enviar los documentos antes de la semana para poder prepararnos.',
  ],
  fr: [
    'Davantage d’interprétation en français dans les modules optionnels.',
    'Des pauses plus longues : c’est là que naissent les partenariats.',
    'Prévoir une séance sur le financement des projets triangulaires.',
  ],
  pt: [
    'Mais materiais em português, sobretudo nos módulos opcionais.',
    'Mais tempo para conhecer as experiências dos outros países lusófonos.',
    'Um acompanhamento depois da semana para os projetos que nasceram em Turim.',
  ],
};

const ELECTIVES_MISSING: Record<Language, string> = {
  en: 'Concrete project examples from Asia: most cases came from Latin America and Africa.',
  es: 'Casos prácticos de América Latina; el módulo se quedó en lo general.',
  fr: 'Des exemples concrets de financement et des contacts de bailleurs.',
  pt: 'Exemplos de cooperação entre países de língua portuguesa.',
};

const COMMENTS: Record<Language, string[]> = {
  en: [
    'The meeting point kept our group in touch: we still share documents every month.',
    'Thank you to the facilitators for the follow-up after Turin.',
  ],
  es: [
    'El punto de encuentro virtual nos mantiene en contacto con colegas de otros continentes.',
    'Gracias por la Academia; espero participar en la próxima edición.',
  ],
  fr: ['Le point de rencontre virtuel est précieux, mais la connexion reste difficile depuis chez moi.', 'Merci pour cette expérience très riche.'],
  pt: [
    'O ponto de encontro virtual ajudou a manter o contacto com os colegas de Cabo Verde e do Brasil.',
    'Obrigada pela Academia e pelo acompanhamento.',
  ],
};

/** Ratings by outlook, varied a little by position so that the charts have a spread. */
const pick = <T>(values: readonly T[], index: number): T => values[index % values.length]!;
const SCALE: Record<Outlook, { likert: number[]; rating: number[] }> = {
  keen: { likert: [5, 5, 4], rating: [10, 9, 9] },
  positive: { likert: [4, 4, 5, 3], rating: [8, 8, 7, 9] },
  mixed: { likert: [3, 3, 2, 4], rating: [6, 5, 7] },
};

function generalAnswers(respondent: Respondent, index: number): Answers {
  const { outlook } = respondent.profile;
  const language = respondent.user.language;
  const scale = SCALE[outlook];
  const useful = !(outlook === 'mixed' && index % 2 === 0);
  return {
    recommend: pick(scale.rating, index),
    objectives_met: pick(scale.likert, index),
    content_relevance: pick(scale.likert, index + 1),
    sstc_knowledge: Math.min(5, pick(scale.likert, index + 2)),
    best_format: pick(FORMATS, index),
    electives_useful: useful ? 'yes' : 'no',
    ...(useful ? {} : { electives_missing: ELECTIVES_MISSING[language] }),
    organisation: pick([5, 4, 5, 4, 3], index),
    ...(index % 3 === 0 || outlook === 'mixed' ? { improve: pick(IMPROVE[language], index) } : {}),
  };
}

const NEEDS: Record<Language, string> = {
  en: 'Examples of triangular projects with employers’ organisations, and how they were funded.',
  es: 'Herramientas para presentar proyectos de cooperación Sur-Sur a los donantes.',
  fr: 'Des outils pour monter un projet avec un partenaire du Sud et un bailleur.',
  pt: 'Materiais em português e contactos de outros países lusófonos.',
};
const TOPICS = [
  ['social_protection', 'sdgs'],
  ['child_labour', 'triangular'],
  ['just_transition', 'gender'],
  ['social_dialogue', 'labour_migration', 'sdgs'],
];

/** Before the week: lower self-ratings than four months after it, so the before/after comparison shows the change. */
function preAnswers(respondent: Respondent, index: number, moduleKeys: { knowledge: string; needs: string }[]): Answers {
  const { outlook, initiative } = respondent.profile;
  const language = respondent.user.language;
  const start = { keen: [3, 3, 2], positive: [2, 3, 2], mixed: [2, 1, 2] }[outlook];
  return {
    sstc_involvement: initiative ? pick(['learning', 'participating'], index) : pick(['not_involved', 'learning', 'learning'], index),
    sstc_knowledge: pick(start, index),
    sstc_confidence: pick(start, index + 1),
    network_contacts: pick(['none', 'one_two', 'one_two'], index),
    priority_topics: pick(TOPICS, index),
    ...(index % 3 === 0 ? { expectations: pick(IMPROVE[language], index + 1) } : {}),
    ...Object.fromEntries(
      moduleKeys.flatMap((keys, module) => [
        [keys.knowledge, pick([1, 2, 2, 3, 4, 2, 3], index + module)],
        ...(module === index % moduleKeys.length ? [[keys.needs, NEEDS[language]]] : []),
      ]),
    ),
  };
}

function impactAnswers(respondent: Respondent, index: number): Answers {
  const { outlook, initiative } = respondent.profile;
  const language = respondent.user.language;
  const scale = SCALE[outlook];
  return {
    knowledge_applied: pick(scale.likert, index),
    sstc_knowledge: Math.min(5, pick(scale.likert, index) + (outlook === 'mixed' ? 0 : 1)),
    sstc_confidence: pick(scale.likert, index + 1),
    network_contacts:
      outlook === 'keen'
        ? pick(['more_than_five', 'three_five', 'more_than_five'], index)
        : outlook === 'positive'
          ? pick(['three_five', 'one_two', 'three_five'], index)
          : pick(['one_two', 'none', 'one_two'], index),
    meeting_point_use:
      outlook === 'keen'
        ? pick(['weekly', 'monthly', 'monthly'], index)
        : outlook === 'positive'
          ? pick(['monthly', 'once_or_twice', 'monthly'], index)
          : pick(['once_or_twice', 'never', 'once_or_twice'], index),
    initiative_linked: initiative ? 'yes' : 'no',
    ...(initiative
      ? {
          initiative_role: initiative.role,
          initiative_description: initiative.description,
          initiative_countries: initiative.countries,
          initiative_modality: initiative.modality,
          initiative_partners: initiative.partners,
          interview_accept: initiative.interview ? 'yes' : 'no',
        }
      : {}),
    academy_contribution: Math.max(0, pick(scale.rating, index) - (initiative ? 0 : 1)),
    ...(index % 4 === 1 ? { comments: pick(COMMENTS[language], index) } : {}),
  };
}

/**
 * The 2016 pre-assessment, general and impact assessments as they went: their distributions opened
 * on their dates, everyone invited, reminders to those who had not answered, and the answers (the
 * general assessment anonymous, the others identified; the impact assessment with the interview
 * follow-up).
 */
export async function seedAnsweredAssessments(
  manager: EntityManager,
  edition: Edition,
  respondents: Respondent[],
  interviewer: User,
  today: Date,
  preAssessment: { surveyId: string; moduleKeys: { knowledge: string; needs: string }[] },
): Promise<void> {
  // The pre-assessment of needs during pre-learning: most answered in the first weeks.
  await answer(manager, preAssessment.surveyId, respondents, (r, i) =>
    i % 8 === 7 ? null : { day: pick([2, 5, 9, 15, 21, 30, 44], i), answers: preAnswers(r, i, preAssessment.moduleKeys) },
  );
  // The general assessment: everyone but two answered, most of them during the last afternoon and the next days.
  await answer(manager, await surveyOf(manager, edition, 'general_assessment'), respondents, (r, i) =>
    i % 13 === 12 ? null : { day: pick([0, 0, 0, 1, 1, 2, 3, 6, 8], i), answers: generalAnswers(r, i) },
  );
  // The impact assessment, four months later: replies come after the invitation and after each reminder.
  const responses = await answer(manager, await surveyOf(manager, edition, 'impact_assessment'), respondents, (r, i) =>
    r.profile.silentAfter ? null : { day: pick([0, 1, 2, 7, 8, 14, 3, 15], i), answers: impactAnswers(r, i) },
  );
  const survey = await manager.findOneByOrFail(Survey, { editionId: edition.id, kind: 'impact_assessment' });
  const flagged = responses.filter(({ respondent }) => respondent.profile.initiative?.interview);
  const [done, confirmed, proposed] = flagged;
  const rome = edition.timeZone;
  await manager.insert(
    SurveyInterview,
    flagged.map(({ respondent, responseId }) => {
      const base = { surveyId: survey.id, responseId, userId: respondent.user.id, status: 'to_schedule' as const };
      if (respondent === done?.respondent)
        return {
          ...base,
          status: 'done' as const,
          startsAt: zonedTime(addDays(edition.impactAssessmentOn, 21), '14:00', rome),
          durationMinutes: 45,
          meetingLink: 'https://meet.example.org/sstc-2016-interview-1',
          interviewerId: interviewer.id,
          sequence: 1,
          outcome: 'initiative_documented' as const,
          notes:
            'Two study visits so far (Delhi, Johannesburg). The shared inspection checklist is in use on 40 construction sites. Ms Raman met the South African team at the Academy (elective module on child labour). Next: a third country, possibly Brazil; would welcome an ILO contact for triangular funding.',
        };
      if (respondent === confirmed?.respondent)
        return {
          ...base,
          status: 'confirmed' as const,
          startsAt: zonedTime(addDays(today.toISOString().slice(0, 10), 7), '15:00', rome),
          durationMinutes: 30,
          meetingLink: 'https://meet.example.org/sstc-2016-interview-2',
          interviewerId: interviewer.id,
          note: 'Entrevista en español; la Sra. Herrera comparte la pantalla con el plan de trabajo.',
          sequence: 1,
        };
      if (respondent === proposed?.respondent)
        return {
          ...base,
          status: 'proposed' as const,
          startsAt: zonedTime(addDays(today.toISOString().slice(0, 10), 9), '11:00', rome),
          durationMinutes: 30,
          meetingLink: 'https://meet.example.org/sstc-2016-interview-3',
          interviewerId: interviewer.id,
          sequence: 1,
        };
      return base;
    }),
  );
}

async function surveyOf(manager: EntityManager, edition: Edition, kind: 'general_assessment' | 'impact_assessment'): Promise<string> {
  return (await manager.findOneByOrFail(Survey, { editionId: edition.id, kind })).id;
}

/** Opens the survey's (first) distribution as it happened, invites everyone and stores the answers. */
async function answer(
  manager: EntityManager,
  surveyId: string,
  respondents: Respondent[],
  answerOf: (respondent: Respondent, index: number) => { day: number; answers: Answers } | null,
): Promise<{ respondent: Respondent; responseId: string }[]> {
  const survey = await manager.findOneByOrFail(Survey, { id: surveyId });
  const [distribution] = await manager.find(SurveyDistribution, { where: { surveyId }, order: { opensAt: 'ASC' }, take: 1 });
  if (!distribution) throw new Error(`demo: survey ${surveyId} has no distribution`);
  Object.assign(distribution, { status: 'open', openedAt: distribution.opensAt });
  await manager.save(distribution);
  await manager.update(Survey, { id: survey.id }, { lockedAt: distribution.opensAt });
  const answered = respondents.map((respondent, index) => ({ respondent, answer: answerOf(respondent, index) }));
  const invitations = await manager.save(
    SurveyInvitation,
    answered.map(({ respondent, answer: a }) => ({
      surveyId: survey.id,
      distributionId: distribution.id,
      userId: respondent.user.id,
      language: respondent.user.language,
      responded: a !== null,
    })),
  );
  // Every invitation went out; each reminder went to those who had not answered by its day.
  const messages = invitations.flatMap((invitation, i) => {
    const day = answered[i]!.answer?.day ?? Infinity;
    return [
      { key: `${invitation.id}:invitation`, kind: 'invitation' as const, at: 0 },
      ...distribution.reminderDays.filter((d) => d <= day).map((d) => ({ key: `${invitation.id}:reminder:${d}`, kind: 'reminder' as const, at: d })),
    ].map((m) => ({ ...m, distributionId: distribution.id, invitationId: invitation.id }));
  });
  await manager.insert(
    SurveyMessage,
    messages.map(({ at, ...message }) => {
      const sentAt = new Date(distribution.opensAt.getTime() + at * 86_400_000);
      return { ...message, status: 'sent' as const, attempts: 1, createdAt: sentAt, sentAt };
    }),
  );
  const stored: { respondent: Respondent; responseId: string }[] = [];
  const rows = answered.filter((a) => a.answer !== null);
  const saved = await manager.save(
    SurveyResponse,
    rows.map(({ respondent, answer: a }) => {
      const submittedAt = new Date(distribution.opensAt.getTime() + a!.day * 86_400_000 + 3 * 3_600_000);
      const response = {
        surveyId: survey.id,
        submittedOn: submittedAt.toISOString().slice(0, 10),
        language: respondent.user.language,
        answers: a!.answers,
      };
      // An anonymous survey keeps nothing that leads back to the person.
      return survey.anonymous
        ? response
        : {
            ...response,
            userId: respondent.user.id,
            submittedAt,
            cohortId: respondent.cohortId,
            country: respondent.user.country,
            iloRegion: respondent.user.iloRegion,
            constituencyGroup: respondent.user.constituencyGroup,
          };
    }),
  );
  saved.forEach((response, i) => stored.push({ respondent: rows[i]!.respondent, responseId: response.id }));
  return stored;
}
