import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LearningUnit, MachineDraftMark } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useTranslationSettings } from '../../translation/translation.api.js';
import { learningApi } from '../api/learning.api.js';

/**
 * "Fill missing languages with a machine draft" for one unit, and the values still drafted (the
 * translation status), each with "mark reviewed". Nothing when the platform does not translate.
 */
export function MachineDraftsPanel({ unit }: { unit: LearningUnit }) {
  const { t } = useTranslation('learning');
  const settings = useTranslationSettings().data;
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['learning'] });
  const fill = useMutation({ mutationFn: () => learningApi.fillDrafts(unit.id), onSuccess: refresh });
  const review = useMutation({ mutationFn: (mark: MachineDraftMark) => learningApi.reviewDraft(unit.id, mark), onSuccess: refresh });
  if (!settings?.enabled) return null;
  const fieldName = (field: string) => {
    const question = /^keyQuestions\.(\d+)$/.exec(field);
    if (question) return t('drafts.field_question', { number: Number(question[1]) + 1 });
    return field === 'title' ? t('drafts.field_title') : t('drafts.field_body');
  };
  return (
    <section className="card stack-tight" aria-labelledby="machine-drafts" data-testid="machine-drafts">
      <h2 id="machine-drafts">{t('drafts.status')}</h2>
      <p className="muted small">{t('drafts.fill_hint')}</p>
      <p>
        <button type="button" className="button button-small" disabled={fill.isPending} onClick={() => fill.mutate()}>
          {fill.isPending ? t('drafts.filling') : t('drafts.fill')}
        </button>
      </p>
      {fill.data?.filled.length === 0 && <p className="muted small">{t('drafts.filled_none')}</p>}
      {(fill.error ?? review.error) && <ErrorAlert error={fill.error ?? review.error} />}
      {unit.machineDrafts.length > 0 && (
        <ul>
          {unit.machineDrafts.map((mark) => (
            <li key={`${mark.field}.${mark.language}`} data-testid="machine-draft">
              {t('drafts.draft', { language: languageName(mark.language), field: fieldName(mark.field) })}{' '}
              <button type="button" className="link-button" disabled={review.isPending} onClick={() => review.mutate(mark)}>
                {t('drafts.review')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
