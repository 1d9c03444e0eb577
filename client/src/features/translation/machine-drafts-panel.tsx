import { useMutation } from '@tanstack/react-query';
import type { FillDraftsReply, MachineDraftMark } from '@sstc/shared';
import { ErrorAlert } from '../../components/error-alert.js';
import { languageName } from '../../components/language-name.js';
import { useTranslation } from '../../lib/use-translation.js';
import { useTranslationSettings } from './translation.api.js';

export interface MachineDraftsPanelProps {
  /** The object's values that are still machine drafts (from its detail). */
  drafts: MachineDraftMark[];
  fill: () => Promise<FillDraftsReply>;
  review: (mark: MachineDraftMark) => Promise<FillDraftsReply>;
  /** After a fill or a review: reload the object (its texts and marks changed). */
  onChanged: () => unknown;
  /** A field's path (`title`, `sections.0.questions.1.text`) as the editor names it. */
  fieldName: (field: string) => string;
}

/**
 * "Fill missing languages with a machine draft" for one object of any editor (learning unit,
 * programme item, survey), and the values still drafted (the translation status), each with "mark
 * reviewed". Nothing when the platform does not translate.
 */
export function MachineDraftsPanel({ drafts, fill: fillDrafts, review: reviewDraft, onChanged, fieldName }: MachineDraftsPanelProps) {
  const { t } = useTranslation('common');
  const settings = useTranslationSettings().data;
  const fill = useMutation({ mutationFn: fillDrafts, onSuccess: onChanged });
  const review = useMutation({ mutationFn: reviewDraft, onSuccess: onChanged });
  if (!settings?.enabled) return null;
  return (
    <section className="card stack-tight" aria-labelledby="machine-drafts" data-testid="machine-drafts">
      <h2 id="machine-drafts">{t('machine_drafts.status')}</h2>
      <p className="muted small">{t('machine_drafts.fill_hint')}</p>
      <p>
        <button type="button" className="button button-small" disabled={fill.isPending} onClick={() => fill.mutate()}>
          {fill.isPending ? t('machine_drafts.filling') : t('machine_drafts.fill')}
        </button>
      </p>
      {fill.data?.filled.length === 0 && <p className="muted small">{t('machine_drafts.filled_none')}</p>}
      {(fill.error ?? review.error) && <ErrorAlert error={fill.error ?? review.error} />}
      {drafts.length > 0 && (
        <ul>
          {drafts.map((mark) => (
            <li key={`${mark.field}.${mark.language}`} data-testid="machine-draft">
              {t('machine_drafts.draft', { language: languageName(mark.language), field: fieldName(mark.field) })}{' '}
              <button type="button" className="link-button" disabled={review.isPending} onClick={() => review.mutate(mark)}>
                {t('machine_drafts.review')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What readers see beside content a machine translated and nobody has reviewed yet. */
export function MachineTranslationNote({ lang, children }: { lang?: string; children?: string }) {
  const { t } = useTranslation('common');
  return (
    <p className="muted small" lang={lang} data-testid="machine-translation">
      {children ?? t('machine_drafts.note')}
    </p>
  );
}
