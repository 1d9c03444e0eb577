import { useTranslation } from '../../../lib/use-translation.js';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { Language, LearningUnit } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Loading } from '../../../components/loading.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { useEdition } from '../../courses/hooks/use-editions.js';
import { useLearningPackage, useLearningUnit } from '../hooks/use-learning.js';
import { MachineDraftsPanel } from '../../translation/machine-drafts-panel.js';
import { learningApi } from '../api/learning.api.js';
import { UnitForm } from './unit-form.js';

/** New unit: /editions/:editionId/learning/new. Existing unit: /learning/units/:unitId/edit. */
export function UnitEditorPage() {
  const { t, i18n } = useTranslation('learning');
  const params = useParams();
  const unitId = params.unitId;
  const unit = useLearningUnit(unitId ?? '', i18n.language as Language);
  const editionId = params.editionId ?? unit.data?.editionId ?? '';
  usePageTitle(unitId ? t('editor.edit_title') : t('editor.new_title'));
  if (unitId && unit.isPending) return <Loading />;
  if (unitId && unit.isError) return <ErrorAlert error={unit.error} />;
  return <Editor editionId={editionId} unit={unitId ? unit.data : undefined} />;
}

function Editor({ editionId, unit }: { editionId: string; unit: LearningUnit | undefined }) {
  const { t } = useTranslation('learning');
  const client = useQueryClient();
  const navigate = useNavigate();
  const pkg = useLearningPackage(editionId);
  const edition = useEdition(editionId);
  if (pkg.isPending || edition.isPending) return <Loading />;
  if (pkg.isError || edition.isError) return <ErrorAlert error={pkg.error ?? edition.error} />;
  const items = edition.data.programme.filter((item) => pkg.data.editableItemIds === null || pkg.data.editableItemIds.includes(item.id));
  return (
    <div className="stack">
      <p>
        <Link to={`/editions/${editionId}/learning`}>{t('unit.back')}</Link>
      </p>
      <h1>{unit ? t('editor.edit_title') : t('editor.new_title')}</h1>
      {unit && (
        <MachineDraftsPanel
          drafts={unit.machineDrafts}
          fill={() => learningApi.fillDrafts(unit.id)}
          review={(mark) => learningApi.reviewDraft(unit.id, mark)}
          onChanged={() => client.invalidateQueries({ queryKey: ['learning'] })}
          fieldName={(field) => {
            const question = /^keyQuestions\.(\d+)$/.exec(field);
            if (question) return t('drafts.field_question', { number: Number(question[1]) + 1 });
            return field === 'title' ? t('drafts.field_title') : t('drafts.field_body');
          }}
        />
      )}
      <UnitForm
        // Filled with machine drafts: the form starts again from the saved unit.
        key={unit?.updatedAt}
        editionId={editionId}
        unit={unit}
        languages={pkg.data.languages}
        defaultLanguage={pkg.data.defaultLanguage}
        items={items}
        allowGeneral={pkg.data.editableItemIds === null}
        onSaved={(saved) => void navigate(`/learning/units/${saved.id}`)}
      />
    </div>
  );
}
