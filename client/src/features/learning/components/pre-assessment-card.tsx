import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '../../../lib/use-translation.js';
import { Link, useNavigate } from 'react-router';
import type { Language, LearningPackage } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { formatDate } from '../../../lib/format.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { learningApi } from '../api/learning.api.js';
import { useCreatePreAssessment } from '../hooks/use-learning.js';

/** The pre-assessment of needs, as each role meets it on the package page. */
export function PreAssessmentCard({ pkg }: { pkg: LearningPackage }) {
  const { t, i18n } = useTranslation('learning');
  const user = useSignedInUser();
  const navigate = useNavigate();
  const open = useMutation({ mutationFn: learningApi.surveyLink, onSuccess: ({ token }) => void navigate(`/s/${token}`) });
  const create = useCreatePreAssessment(pkg.editionId);
  const { preAssessment } = pkg;
  const language = i18n.language as Language;

  let body;
  if (user.role === 'participant') {
    if (preAssessment.responded) body = <p>{t('needs.thanks')}</p>;
    else if (!preAssessment.invitationId) return null;
    else
      body = (
        <>
          <p>{t('needs.invite')}</p>
          {preAssessment.closesAt && <p className="note">{t('needs.closes', { date: formatDate(preAssessment.closesAt.slice(0, 10), language) })}</p>}
          <p>
            <button
              type="button"
              className="button button-primary"
              onClick={() => open.mutate(preAssessment.invitationId!)}
              aria-disabled={open.isPending || undefined}
            >
              {t('needs.answer')}
            </button>
          </p>
        </>
      );
  } else if (!preAssessment.surveyId) {
    body =
      user.role === 'organizer' ? (
        <>
          <p>{t('needs.none_organizer')}</p>
          <p>
            <button type="button" className="button" onClick={() => create.mutate()} aria-disabled={create.isPending || undefined}>
              {t('needs.create')}
            </button>
          </p>
        </>
      ) : (
        <p>{t('needs.none_facilitator')}</p>
      );
  } else {
    body = (
      <p className="actions">
        <Link className="button" to={`/editions/${pkg.editionId}/learning/needs`}>
          {t('needs.title')}
        </Link>
        {user.role === 'organizer' && (
          <Link className="button" to={`/surveys/${preAssessment.surveyId}`}>
            {t('needs.distribute')}
          </Link>
        )}
      </p>
    );
  }
  return (
    <section className="card stack-tight" aria-labelledby="pre-assessment" data-testid="pre-assessment">
      <h2 id="pre-assessment">{t('needs.card_title')}</h2>
      <ErrorAlert error={open.error ?? create.error} />
      {body}
    </section>
  );
}
