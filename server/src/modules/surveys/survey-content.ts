import type { EntityManager } from 'typeorm';
import { allQuestions, estimatedMinutes, type SurveyContent } from '@sstc/shared';
import { SurveyQuestion } from './entities/survey-question.entity.js';
import { SurveySection } from './entities/survey-section.entity.js';
import type { Survey } from './entities/survey.entity.js';

/** Reads a survey's sections and questions back into the one document the API speaks. */
export async function loadContent(manager: EntityManager, survey: Survey): Promise<SurveyContent> {
  const sections = await manager.find(SurveySection, { where: { surveyId: survey.id }, order: { position: 'ASC' } });
  const questions = await manager.find(SurveyQuestion, { where: { surveyId: survey.id }, order: { position: 'ASC' } });
  return {
    title: survey.title,
    intro: survey.intro,
    sections: sections.map((section) => ({
      key: section.key,
      title: section.title,
      description: section.description,
      questions: questions
        .filter((q) => q.sectionId === section.id)
        .map((q) => ({
          key: q.key,
          type: q.type,
          text: q.text,
          help: q.help,
          required: q.required,
          options: q.options,
          scaleLabels: q.scaleLabels,
          showIf: q.showIf,
        })),
    })),
  };
}

/** Replaces a survey's sections and questions (keys stay the identity of questions and answers). */
export async function saveContent(manager: EntityManager, surveyId: string, content: SurveyContent): Promise<void> {
  await manager.delete(SurveySection, { surveyId });
  let position = 0;
  for (const [index, section] of content.sections.entries()) {
    const saved = await manager.save(SurveySection, {
      surveyId,
      position: index,
      key: section.key,
      title: section.title,
      description: section.description,
    });
    if (section.questions.length === 0) continue;
    await manager.insert(
      SurveyQuestion,
      section.questions.map((q) => ({
        surveyId,
        sectionId: saved.id,
        position: position++,
        key: q.key,
        type: q.type,
        text: q.text,
        help: q.help,
        required: q.required,
        options: q.options,
        scaleLabels: q.scaleLabels,
        showIf: q.showIf,
      })),
    );
  }
}

/** What may not change once invitations went out: everything but the texts. */
export function structureOf(content: SurveyContent): string {
  return JSON.stringify(
    content.sections.map((section) => ({
      key: section.key,
      questions: section.questions.map((q) => ({
        key: q.key,
        type: q.type,
        required: q.required,
        options: q.options.map((o) => o.value),
        scale: q.scaleLabels.length,
        showIf: q.showIf ? [q.showIf.question, q.showIf.anyOf] : null,
      })),
    })),
  );
}

/** About half a minute per question, rounded up: told to recipients in the invitation and on the form. */
export function minutesOf(content: Pick<SurveyContent, 'sections'>): number {
  return estimatedMinutes(allQuestions(content).length);
}
