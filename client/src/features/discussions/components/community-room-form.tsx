import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LANGUAGES } from '@sstc/shared/values';
import type { LocalizedText, RoomSummary } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { api } from '../../../lib/api.js';
import { ROOMS_KEY } from '../hooks/use-rooms.js';

/** Organizers open a themed community room: open to everyone enrolled in an edition, and to invited people. */
export function CommunityRoomForm() {
  const { t } = useTranslation('discussions');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState<LocalizedText>({});
  const create = useMutation({
    mutationFn: (body: { title: LocalizedText }) => api<RoomSummary>('/discussions/rooms', { method: 'POST', body }),
    onSuccess: async (room) => {
      await client.invalidateQueries({ queryKey: ROOMS_KEY });
      void navigate(`/discussions/rooms/${room.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filled = Object.fromEntries(Object.entries(title).filter(([, value]) => value?.trim()));
    if (Object.keys(filled).length > 0) create.mutate({ title: filled });
  };
  return (
    <details className="card">
      <summary>{t('community.new')}</summary>
      <form className="form" onSubmit={submit}>
        <p className="muted">{t('community.intro')}</p>
        {LANGUAGES.map((language) => (
          <label key={language} className="field">
            <span>{t('community.title_in', { language: languageName(language) })}</span>
            <input
              lang={language}
              value={title[language] ?? ''}
              maxLength={200}
              onChange={(event) => setTitle({ ...title, [language]: event.target.value })}
            />
          </label>
        ))}
        <ErrorAlert error={create.error} />
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('community.create')}
        </button>
      </form>
    </details>
  );
}
