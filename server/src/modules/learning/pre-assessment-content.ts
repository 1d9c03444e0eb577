import type { LocalizedText, ProgrammeItemKind, SurveyContent, SurveyQuestion, SurveySection } from '@sstc/shared';

/** The knowledge and needs questions of one module, keyed so answers lead back to it. */
export interface ModuleKeys {
  knowledge: string;
  needs: string;
}

const CODES: Partial<Record<ProgrammeItemKind, string>> = { mandatory_module: 'mm', elective_module: 'em' };

/** `knowledge_mm1` / `needs_mm1` for mandatory module 1, `knowledge_em2` for elective module 2. */
export function moduleKeys(item: { kind: ProgrammeItemKind; number: number }): ModuleKeys | null {
  const code = CODES[item.kind];
  return code ? { knowledge: `knowledge_${code}${item.number}`, needs: `needs_${code}${item.number}` } : null;
}

const KNOWLEDGE_SCALE: LocalizedText[] = [
  { en: 'New to me', es: 'Nuevo para mí', fr: 'Nouveau pour moi', pt: 'Novo para mim' },
  { en: 'Basic', es: 'Básico', fr: 'Notions de base', pt: 'Básico' },
  { en: 'Working knowledge', es: 'Conocimiento práctico', fr: 'Connaissance pratique', pt: 'Conhecimento prático' },
  { en: 'Good', es: 'Bueno', fr: 'Bonne', pt: 'Bom' },
  { en: 'Expert', es: 'Experto/a', fr: 'Expert·e', pt: 'Especialista' },
];

/**
 * The per-module section appended to the survey engine's pre-assessment template: a 1–5
 * self-rated knowledge and an optional free text for each mandatory and elective module.
 */
export function moduleNeedsSection(items: { kind: ProgrammeItemKind; number: number; title: LocalizedText }[]): SurveySection {
  const questions: SurveyQuestion[] = [];
  for (const item of items) {
    const keys = moduleKeys(item);
    if (!keys) continue;
    const title = (language: keyof LocalizedText) => item.title[language] || item.title.en || '';
    questions.push({
      key: keys.knowledge,
      type: 'likert',
      text: {
        en: `${title('en')}: how would you rate your knowledge of this topic?`,
        es: `${title('es')}: ¿cómo valora su conocimiento de este tema?`,
        fr: `${title('fr')} : comment évaluez-vous votre connaissance de ce thème ?`,
        pt: `${title('pt')}: como avalia o seu conhecimento deste tema?`,
      },
      help: {},
      required: true,
      options: [],
      scaleLabels: KNOWLEDGE_SCALE,
      showIf: null,
    });
    questions.push({
      key: keys.needs,
      type: 'long_text',
      text: {
        en: 'What would you need from this module for your work?',
        es: '¿Qué necesitaría de este módulo para su trabajo?',
        fr: 'De quoi auriez-vous besoin dans ce module pour votre travail ?',
        pt: 'De que precisaria deste módulo para o seu trabalho?',
      },
      help: {},
      required: false,
      options: [],
      scaleLabels: [],
      showIf: null,
    });
  }
  return {
    key: 'module_needs',
    title: {
      en: 'Your knowledge and needs per module',
      es: 'Su conocimiento y necesidades por módulo',
      fr: 'Vos connaissances et besoins par module',
      pt: 'O seu conhecimento e necessidades por módulo',
    },
    description: {
      en: 'Facilitators read these answers before the week to focus each module on what you need.',
      es: 'Los facilitadores leen estas respuestas antes de la semana para centrar cada módulo en lo que usted necesita.',
      fr: 'Les facilitateurs lisent ces réponses avant la semaine pour centrer chaque module sur vos besoins.',
      pt: 'Os facilitadores leem estas respostas antes da semana para centrar cada módulo no que precisa.',
    },
    questions,
  };
}

export function withModuleNeeds(template: SurveyContent, items: Parameters<typeof moduleNeedsSection>[0]): SurveyContent {
  return { ...template, sections: [...template.sections, moduleNeedsSection(items)] };
}
