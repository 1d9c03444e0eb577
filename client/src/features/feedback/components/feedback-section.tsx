import { useQuery } from '@tanstack/react-query';
import type { EditionDetail, FeedbackPage, Language } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { isApiError } from '../../../lib/api.js';
import { formatDate } from '../../../lib/format.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { QuestionResultView } from '../../surveys/components/question-result.js';
import { feedbackApi } from '../api/feedback.api.js';
import { MachineTranslationNote } from '../../translation/machine-drafts-panel.js';
import { FeedbackEditor } from './feedback-editor.js';

export const feedbackKey = (editionId: string, language: string) => ['feedback', editionId, language] as const;

/** The feedback from the general assessment: organizers prepare and publish it, everyone enrolled reads it once published. */
export function FeedbackSection({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation('feedback');
  const user = useSignedInUser();
  const language = i18n.language as Language;
  const page = useQuery({ queryKey: feedbackKey(edition.id, language), queryFn: () => feedbackApi.read(edition.id, language) });
  return (
    <section className="stack" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('title')}</h2>
      {page.isPending ? (
        <Loading />
      ) : isApiError(page.error, 'not_found') ? (
        <p>{t('not_yet')}</p>
      ) : page.isError ? (
        <ErrorAlert error={page.error} />
      ) : (
        <>
          {/* Remounted when the saved note changes (machine drafts filled), so the form shows it. */}
          {user.role === 'organizer' && <FeedbackEditor key={JSON.stringify(page.data.note)} edition={edition} page={page.data} />}
          <FeedbackView page={page.data} defaultLanguage={edition.defaultLanguage} />
        </>
      )}
    </section>
  );
}

function FeedbackView({ page, defaultLanguage }: { page: FeedbackPage; defaultLanguage: Language }) {
  const { t, i18n } = useTranslation('feedback');
  const language = i18n.language as Language;
  const note = localized(page.note, language, defaultLanguage);
  return (
    <div className="stack" data-testid="feedback-page">
      {page.publishedAt && <p className="muted">{t('published_on', { date: formatDate(page.publishedAt.slice(0, 10), language) })}</p>}
      {note.value && (
        <blockquote className="card" lang={note.lang}>
          {note.value.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          {!note.lang && page.machineDrafts.some((mark) => mark.field === 'note' && mark.language === language) && <MachineTranslationNote />}
        </blockquote>
      )}
      {page.responses === null ? (
        <p>{t('below_minimum')}</p>
      ) : (
        <>
          <p>{t('responses', { count: page.responses })}</p>
          {page.results.map((question) => (
            <QuestionResultView key={question.key} question={question} language={language} />
          ))}
        </>
      )}
    </div>
  );
}
