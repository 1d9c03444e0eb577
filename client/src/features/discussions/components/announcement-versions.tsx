import { useState } from 'react';
import { LANGUAGES } from '@sstc/shared/values';
import type { Language, Message } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { MachineTranslationNote } from '../../translation/machine-drafts-panel.js';
import { discussionsApi } from '../api/discussions.api.js';
import { MessageEditor } from './message-editor.js';
import type { RoomContext } from './message-actions.js';

/** The announcement's version in the reader's language, when it has one (readers get it instead of an engine translation). */
export function versionFor(message: Message, language: Language) {
  if (message.kind !== 'announcement' || message.language === language) return undefined;
  return message.versions?.find((v) => v.language === language);
}

/** Below a version: its language's origin, the original one click away, and the note a machine draft carries. */
export function VersionNote({
  message,
  machineDraft,
  showOriginal,
  onToggle,
}: {
  message: Message;
  machineDraft: boolean;
  showOriginal: boolean;
  onToggle: () => void;
}) {
  const { t, i18n } = useTranslation('discussions');
  // The original's language named in the reader's ("francés"), as "Translated from" does.
  const original = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(message.language) ?? message.language;
  return (
    <>
      {!showOriginal && machineDraft && <MachineTranslationNote />}
      <p className="muted small message-translation" data-testid="announcement-version-note">
        {!showOriginal && <>{t('announcement.written_in', { language: original })} </>}
        <button type="button" className="link-button" onClick={onToggle}>
          {showOriginal ? t('announcement.show_version') : t('translation.show_original')}
        </button>
      </p>
    </>
  );
}

/** For the room's moderators: each language of an announcement, its state, "mark reviewed" for a draft, and writing a version. */
export function AnnouncementReview({ message, room }: { message: Message; room: RoomContext }) {
  const { t } = useTranslation('discussions');
  const [editing, setEditing] = useState<Language | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const drafts = message.versions?.filter((v) => v.machineDraft).length ?? 0;
  const act = async (call: () => Promise<Message>) => {
    setBusy(true);
    setError(null);
    try {
      room.upsert([await call()]);
      setEditing(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="announcement-review" data-testid="announcement-review">
      <summary>{t('announcement.review_summary', { count: drafts })}</summary>
      {error !== null && <ErrorAlert error={error} />}
      <ul>
        {LANGUAGES.filter((lng) => lng !== message.language).map((lng) => {
          const version = message.versions?.find((v) => v.language === lng);
          return (
            <li key={lng} data-testid={`announcement-review-${lng}`}>
              {languageName(lng)}:{' '}
              {!version ? t('announcement.state_missing') : version.machineDraft ? t('announcement.machine_draft') : t('announcement.state_human')}{' '}
              {version?.machineDraft && (
                <button
                  type="button"
                  className="link-button"
                  disabled={busy}
                  onClick={() => void act(() => discussionsApi.reviewVersion(message.id, lng))}
                >
                  {t('announcement.mark_reviewed')}
                </button>
              )}{' '}
              <button type="button" className="link-button" disabled={busy} onClick={() => setEditing(lng)}>
                {version ? t('actions.edit') : t('announcement.write')}
              </button>
              {editing === lng && (
                <MessageEditor
                  message={{ ...message, body: version?.body ?? '' }}
                  onSave={(body) => act(() => discussionsApi.writeVersion(message.id, lng, body))}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
