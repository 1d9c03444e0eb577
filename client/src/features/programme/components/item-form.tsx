import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { LANGUAGES, MODALITIES, zonedTime } from '@sstc/shared/values';
import {
  programmeItemProblems,
  type EditionDetail,
  type Modality,
  type ProgrammeItem,
  type ProgrammeItemKind,
  type UpdateProgrammeItemRequest,
} from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { useFocusFirstInvalid } from '../../../components/use-focus-first-invalid.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { formText, validationError } from '../../../lib/validation.js';
import { LocalizedFields } from '../../courses/components/localized-fields.js';
import { useEditionFacilitators, useSaveItem } from '../hooks/use-programme.js';
import { roomOf, SessionsEditor, toDraft, type SessionDraft } from './sessions-editor.js';

const SDGS = Array.from({ length: 17 }, (_, i) => i + 1);

interface ItemFormProps {
  edition: EditionDetail;
  kind: ProgrammeItemKind;
  item?: ProgrammeItem;
  onDone: () => void;
}

/** Creates or edits a panel, a mandatory module or an elective module with its sessions. */
export function ItemForm({ edition, kind, item, onDone }: ItemFormProps) {
  const { t } = useTranslation(['programme', 'common', 'errors']);
  const save = useSaveItem(edition.id);
  const facilitators = useEditionFacilitators(edition.id);
  const form = useRef<HTMLFormElement>(null);
  const [sessions, setSessions] = useState<SessionDraft[]>(() => (item?.sessions ?? []).map((s) => toDraft(s, edition.timeZone)));
  const [localError, setLocalError] = useState<unknown>(null);
  const error = localError ?? save.error;
  const problems = fieldProblemsOf(error);
  useFocusFirstInvalid(form, error);
  const blocks = [...new Set(edition.programme.map((i) => i.block).filter((b): b is string => !!b))].sort();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setLocalError(null);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => formText(data, name).trim();
    const localizedText = (name: string) => Object.fromEntries(LANGUAGES.map((l) => [l, text(`${name}.${l}`)]).filter(([, v]) => v));
    const body: UpdateProgrammeItemRequest = {
      ...(text('number') ? { number: Number(text('number')) } : {}),
      title: localizedText('title'),
      description: localizedText('description'),
      block: kind === 'elective_module' ? text('block') || null : null,
      capacity: kind === 'elective_module' && text('capacity') ? Number(text('capacity')) : null,
      modalities: data.getAll('modalities').map(String) as Modality[],
      sdgs: data.getAll('sdgs').map(Number),
      facilitatorIds: data.getAll('facilitatorIds').map(String),
      resourcePersons: text('resourcePersons')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      sessions: sessions.map((s) => ({
        ...(s.id ? { id: s.id } : {}),
        startsAt: zonedTime(s.day, s.start || '00:00', edition.timeZone).toISOString(),
        endsAt: zonedTime(s.day, s.end || '00:00', edition.timeZone).toISOString(),
        room: roomOf(s),
        format: s.format,
      })),
    };
    const issues = programmeItemProblems(kind, body, edition);
    if (issues.length) return setLocalError(validationError(issues));
    save.mutate({ itemId: item?.id, kind, body }, { onSuccess: onDone });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="form" data-testid="item-form">
      <ErrorAlert error={error} />
      <Field label={t('form.number')} name="number" optional problem={problems.number} hint={item ? undefined : t('form.number_hint')}>
        {(control) => <input {...control} type="number" min={1} max={999} defaultValue={item?.number} inputMode="numeric" />}
      </Field>
      <LocalizedFields label={t('form.title')} name="title" value={item?.title} problems={problems} />
      <LocalizedFields label={t('form.description')} name="description" value={item?.description} problems={problems} multiline />
      {kind === 'elective_module' && (
        <div className="field-row">
          <Field label={t('form.block')} name="block" problem={problems.block} hint={t('form.block_hint')}>
            {(control) => (
              <>
                <input {...control} type="text" maxLength={20} defaultValue={item?.block ?? ''} list="programme-blocks" />
                <datalist id="programme-blocks">
                  {blocks.map((block) => (
                    <option key={block} value={block} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label={t('form.capacity')} name="capacity" problem={problems.capacity}>
            {(control) => <input {...control} type="number" min={1} max={10000} defaultValue={item?.capacity ?? ''} inputMode="numeric" />}
          </Field>
        </div>
      )}
      <fieldset className="checks">
        <legend>{t('form.modalities')}</legend>
        {MODALITIES.map((modality) => (
          <label key={modality} className="check">
            <input type="checkbox" name="modalities" value={modality} defaultChecked={item?.modalities.includes(modality)} />{' '}
            {t(`common:modalities.${modality}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks checks-compact">
        <legend>{t('form.sdgs')}</legend>
        {SDGS.map((sdg) => (
          <label key={sdg} className="check">
            <input type="checkbox" name="sdgs" value={sdg} defaultChecked={item?.sdgs.includes(sdg)} /> {t('form.sdg', { number: sdg })}
          </label>
        ))}
      </fieldset>
      <fieldset className={problems.facilitatorIds ? 'checks field-invalid' : 'checks'}>
        <legend>{t('form.facilitators')}</legend>
        {problems.facilitatorIds && <p className="field-error">{t(`errors:fields.${problems.facilitatorIds}`)}</p>}
        {facilitators.data?.length === 0 && <p className="field-hint">{t('form.no_facilitators')}</p>}
        {facilitators.data?.map((person) => (
          <label key={person.id} className="check">
            <input type="checkbox" name="facilitatorIds" value={person.id} defaultChecked={item?.facilitators.some((f) => f.id === person.id)} />{' '}
            {person.name}
          </label>
        ))}
      </fieldset>
      <Field label={t('form.resource_persons')} name="resourcePersons" optional hint={t('form.resource_persons_hint')}>
        {(control) => <textarea {...control} rows={2} defaultValue={item?.resourcePersons.join('\n')} />}
      </Field>
      <SessionsEditor
        sessions={sessions}
        onChange={setSessions}
        week={{ start: edition.faceToFaceStart, end: edition.faceToFaceEnd }}
        timeZone={edition.timeZone}
        problems={problems}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending}>{t('form.save')}</SubmitButton>
        <button type="button" className="button" onClick={onDone}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
