import type { Language, ProgrammeItemKind, SessionFormat } from '@sstc/shared';

export interface AgendaText {
  calendarName: string;
  item: Record<ProgrammeItemKind, string>;
  format: Record<SessionFormat, string>;
  waitlisted: string;
  formatLine: string;
  roomLine: string;
  agendaLink: string;
}

/** Words of calendar entries (.ics) in the four languages; a test checks that every language has every key. */
export const agendaTexts: Record<Language, AgendaText> = {
  en: {
    calendarName: 'SSTC Academy – my agenda',
    item: { panel: 'Panel {{number}}', mandatory_module: 'Module {{number}}', elective_module: 'Elective module {{number}}' },
    format: {
      expository_presentation: 'Expository presentation',
      questions_and_answers: 'Questions and answers',
      group_work: 'Group work',
      fishbowl: 'Fishbowl',
      world_cafe: 'World café',
      co_creation: 'Co-creation',
    },
    waitlisted: 'Waitlist: {{title}}',
    formatLine: 'Format: {{format}}',
    roomLine: 'Room: {{room}}',
    agendaLink: 'Your agenda: {{link}}',
  },
  es: {
    calendarName: 'Academia CSST – mi agenda',
    item: { panel: 'Panel {{number}}', mandatory_module: 'Módulo {{number}}', elective_module: 'Módulo optativo {{number}}' },
    format: {
      expository_presentation: 'Presentación expositiva',
      questions_and_answers: 'Preguntas y respuestas',
      group_work: 'Trabajo en grupo',
      fishbowl: 'Pecera',
      world_cafe: 'World café',
      co_creation: 'Cocreación',
    },
    waitlisted: 'Lista de espera: {{title}}',
    formatLine: 'Formato: {{format}}',
    roomLine: 'Sala: {{room}}',
    agendaLink: 'Su agenda: {{link}}',
  },
  fr: {
    calendarName: 'Académie CSST – mon agenda',
    item: { panel: 'Panel {{number}}', mandatory_module: 'Module {{number}}', elective_module: 'Module optionnel {{number}}' },
    format: {
      expository_presentation: 'Exposé',
      questions_and_answers: 'Questions-réponses',
      group_work: 'Travail en groupe',
      fishbowl: 'Aquarium',
      world_cafe: 'World café',
      co_creation: 'Co-création',
    },
    waitlisted: 'Liste d’attente : {{title}}',
    formatLine: 'Format : {{format}}',
    roomLine: 'Salle : {{room}}',
    agendaLink: 'Votre agenda : {{link}}',
  },
  pt: {
    calendarName: 'Academia CSST – a minha agenda',
    item: { panel: 'Painel {{number}}', mandatory_module: 'Módulo {{number}}', elective_module: 'Módulo opcional {{number}}' },
    format: {
      expository_presentation: 'Apresentação expositiva',
      questions_and_answers: 'Perguntas e respostas',
      group_work: 'Trabalho em grupo',
      fishbowl: 'Aquário',
      world_cafe: 'World café',
      co_creation: 'Cocriação',
    },
    waitlisted: 'Lista de espera: {{title}}',
    formatLine: 'Formato: {{format}}',
    roomLine: 'Sala: {{room}}',
    agendaLink: 'A sua agenda: {{link}}',
  },
};
