import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useMutation } from '@tanstack/react-query';
import type { Person } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { api } from '../../../lib/api.js';

/** A community room's moderators invite alumni and partners by the email of their account. */
export function InviteForm({ roomId }: { roomId: string }) {
  const { t } = useTranslation('discussions');
  const [email, setEmail] = useState('');
  const [moderator, setModerator] = useState(false);
  const invite = useMutation({
    mutationFn: () => api<Person>(`/discussions/rooms/${encodeURIComponent(roomId)}/invitations`, { method: 'POST', body: { email, moderator } }),
    onSuccess: () => setEmail(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) invite.mutate();
  };
  return (
    <form className="message-form" onSubmit={submit}>
      <label className="field">
        <span>{t('community.invite_email')}</span>
        <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" required />
      </label>
      <label className="field-inline">
        <input type="checkbox" checked={moderator} onChange={(event) => setModerator(event.target.checked)} />
        <span>{t('community.invite_moderator')}</span>
      </label>
      <ErrorAlert error={invite.error} />
      {invite.isSuccess && <p role="status">{t('community.invited', { name: invite.data.name })}</p>}
      <button type="submit" className="button button-small button-primary" disabled={invite.isPending}>
        {t('community.invite')}
      </button>
    </form>
  );
}
