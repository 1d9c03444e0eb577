import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { PracticePerson } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { practicesApi } from '../api/practices.api.js';

/** "Write to Ana": opens (the first time, makes) the reader's direct room with the contact person in the meeting point. */
export function WriteToContact({ practiceId, person }: { practiceId: string; person: PracticePerson }) {
  const { t } = useTranslation('practices');
  const me = useSignedInUser();
  const navigate = useNavigate();
  const open = useMutation({
    mutationFn: () => practicesApi.conversation(practiceId, person.id),
    onSuccess: ({ roomId }) => void navigate(`/discussions/rooms/${roomId}`),
  });
  if (person.id === me.id) return null;
  return (
    <>
      <button type="button" className="link-button" disabled={open.isPending} onClick={() => open.mutate()}>
        {open.isPending ? t('contacts.opening') : t('contacts.write_to', { name: person.name })}
      </button>
      {open.isError && <ErrorAlert error={open.error} />}
    </>
  );
}
