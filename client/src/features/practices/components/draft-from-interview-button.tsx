import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { practicesApi } from '../api/practices.api.js';

/** On an interview (organizers): one action turns the participant's initiative answer into a draft practice they are invited to complete. */
export function DraftFromInterviewButton({ interviewId, name }: { interviewId: string; name: string }) {
  const { t } = useTranslation('practices');
  const navigate = useNavigate();
  const user = useSignedInUser();
  const draft = useMutation({
    mutationFn: () => practicesApi.fromInterview(interviewId),
    onSuccess: (practice) => void navigate(`/practices/${practice.id}`),
  });
  if (user.role !== 'organizer') return null;
  return (
    <>
      <button type="button" className="button" disabled={draft.isPending} onClick={() => draft.mutate()}>
        {t('from_interview', { name })}
      </button>
      <ErrorAlert error={draft.error} />
    </>
  );
}
