import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import type { EditionDetail } from '@sstc/shared';
import { StatusMessage } from '../../../components/status-message.js';
import { useUpdateEdition } from '../hooks/use-editions.js';
import { checkEdition, EditionForm, readEdition } from './edition-form.js';
import { EditionShell } from './edition-shell.js';

export function EditionSettingsPage() {
  const { t } = useTranslation('courses');
  return <EditionShell page={t('nav.settings')}>{(edition) => <Settings edition={edition} />}</EditionShell>;
}

function Settings({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation('courses');
  const update = useUpdateEdition(edition.id);
  const [localError, setLocalError] = useState<unknown>(null);
  const submit = (form: HTMLFormElement) => {
    setLocalError(null);
    try {
      const values = readEdition(form);
      checkEdition(values);
      update.mutate(values);
    } catch (problem) {
      setLocalError(problem);
    }
  };
  return (
    <>
      <StatusMessage>{update.isSuccess && !localError && t('form.saved')}</StatusMessage>
      <EditionForm edition={edition} submitLabel={t('form.save')} pending={update.isPending} error={localError ?? update.error} onSubmit={submit} />
    </>
  );
}
