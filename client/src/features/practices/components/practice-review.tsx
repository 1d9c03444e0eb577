import { useState, type FormEvent } from 'react';
import type { Practice } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { useReviewStep, type ReviewStep } from '../hooks/use-practices.js';

/** The review: its history for the author and reviewers, the author's "submit", the reviewers' comment / request changes / publish. */
export function PracticeReview({ practice }: { practice: Practice }) {
  const { t, i18n } = useTranslation('practices');
  const step = useReviewStep(practice.id);
  const [body, setBody] = useState('');
  const [done, setDone] = useState<ReviewStep | null>(null);
  const user = useSignedInUser();
  // As the server decides: the author answers while the practice is not published; reviewers comment while it is in review.
  const canComment = practice.status !== 'published' && (practice.can.review || practice.submittedBy.id === user.id);
  const showSection = practice.reviews.length > 0 || practice.can.submit || practice.can.review;
  if (!showSection) return null;
  const run = (which: ReviewStep) => (event?: FormEvent) => {
    event?.preventDefault();
    step.mutate(
      { step: which, body: body.trim() || undefined },
      {
        onSuccess: () => {
          setBody('');
          setDone(which);
        },
      },
    );
  };
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="practice-review" className="card stack">
      <h2 id="practice-review">{t('review.title')}</h2>
      <ErrorAlert error={step.error} />
      {done && (
        <p className="alert alert-success" role="status">
          {t(`review.done_${done}`)}
        </p>
      )}
      {practice.reviews.length > 0 && (
        <ol className="stack-tight">
          {practice.reviews.map((review) => (
            <li key={review.id}>
              <p>
                <strong>{t(`review.actions.${review.action}`, { name: review.by.name })}</strong>{' '}
                <time dateTime={review.at} className="muted small">
                  {dateTime.format(new Date(review.at))}
                </time>
              </p>
              {review.body && <p className="review-body">{review.body}</p>}
            </li>
          ))}
        </ol>
      )}
      {practice.can.submit && (
        <p>
          <button type="button" className="button button-primary" onClick={() => run('submit')()} disabled={step.isPending}>
            {t('review.submit')}
          </button>
        </p>
      )}
      {canComment && (
        <form className="form stack-tight" onSubmit={run('comment')}>
          <label htmlFor="review-body">{t(practice.can.review ? 'review.body_reviewer' : 'review.body_author')}</label>
          <textarea id="review-body" rows={4} value={body} onChange={(e) => setBody(e.target.value)} maxLength={4000} />
          <p className="actions">
            <button type="submit" className="button" disabled={step.isPending || !body.trim()}>
              {t('review.comment')}
            </button>
            {practice.can.review && (
              <>
                <button type="button" className="button" disabled={step.isPending || !body.trim()} onClick={() => run('request_changes')()}>
                  {t('review.request_changes')}
                </button>
                <button type="button" className="button button-primary" disabled={step.isPending} onClick={() => run('publish')()}>
                  {t('review.publish')}
                </button>
              </>
            )}
          </p>
        </form>
      )}
    </section>
  );
}
