import type { EntityManager } from 'typeorm';
import type { Edition } from '../courses/edition.entity.js';
import { EditionFeedback } from '../feedback/edition-feedback.entity.js';
import { Survey } from '../surveys/entities/survey.entity.js';

/** The feedback page the 2016 organizers published two weeks after the week: the closed questions, and their note. */
export async function seedFeedback(manager: EntityManager, edition: Edition): Promise<void> {
  const survey = await manager.findOneByOrFail(Survey, { editionId: edition.id, kind: 'general_assessment' });
  await manager.save(EditionFeedback, {
    editionId: edition.id,
    surveyId: survey.id,
    questionKeys: ['recommend', 'objectives_met', 'best_format', 'electives_useful', 'organisation'],
    note: {
      en: 'Thank you for a week of open exchange in Turin. You asked for more time in world cafés and for more cases from Latin America and Africa: the next edition plans both.\n\nThe meeting point stays open: keep the conversations going, and book a coaching session when you need one.',
      es: 'Gracias por una semana de intercambio abierto en Turín. Pidieron más tiempo en los cafés del mundo y más casos de América Latina y África: la próxima edición prevé ambas cosas.\n\nEl punto de encuentro sigue abierto: mantengan vivas las conversaciones y reserven una sesión de coaching cuando la necesiten.',
      fr: 'Merci pour une semaine d’échanges ouverts à Turin. Vous avez demandé plus de temps en world café et plus de cas d’Amérique latine et d’Afrique : la prochaine édition prévoit les deux.\n\nLe point de rencontre reste ouvert : poursuivez les conversations, et réservez une séance de coaching quand vous en avez besoin.',
      pt: 'Obrigado por uma semana de intercâmbio aberto em Turim. Pediram mais tempo nos world cafés e mais casos da América Latina e de África: a próxima edição prevê ambos.\n\nO ponto de encontro continua aberto: mantenham as conversas vivas e reservem uma sessão de coaching quando precisarem.',
    },
    publishedAt: new Date('2016-07-29T10:00:00Z'),
  });
}
