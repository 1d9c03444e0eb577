import { useState } from 'react';
import { LANGUAGES } from '@sstc/shared/values';
import type { Language, SendMessageRequest } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { languageName } from '../../../components/language-name.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { useTranslationSettings } from '../../translation/translation.api.js';
import { discussionsApi } from '../api/discussions.api.js';

/** An announcement's text in another language, and what the machine drafted there (a draft while unchanged). */
export interface VersionText {
  body: string;
  drafted: string | null;
}
export type VersionTexts = Partial<Record<Language, VersionText>>;

/** The versions to send: the languages written, each a machine draft while it says what the machine wrote. */
export function versionsToSend(texts: VersionTexts, source: Language): NonNullable<SendMessageRequest['versions']> {
  return LANGUAGES.filter((lng) => lng !== source && texts[lng]?.body.trim()).map((lng) => ({
    language: lng,
    body: texts[lng]!.body.trim(),
    machineDraft: texts[lng]!.drafted === texts[lng]!.body,
  }));
}

interface AnnouncementLanguagesProps {
  roomId: string;
  /** The language the announcement is written in, and its text. */
  source: Language;
  body: string;
  texts: VersionTexts;
  onChange: (texts: VersionTexts) => void;
}

/**
 * The moderator's announcement in the other languages, before posting: written by hand, or filled
 * with machine drafts ("machine draft, not reviewed" until edited) that never replace what was written.
 */
export function AnnouncementLanguages({ roomId, source, body, texts, onChange }: AnnouncementLanguagesProps) {
  const { t } = useTranslation(['discussions', 'common']);
  const translates = !!useTranslationSettings().data?.enabled;
  const [filling, setFilling] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const others = LANGUAGES.filter((lng) => lng !== source);
  const empty = others.filter((lng) => !texts[lng]?.body.trim());

  const fill = async () => {
    setFilling(true);
    setError(null);
    try {
      const { versions } = await discussionsApi.draftAnnouncement(roomId, { language: source, body: body.trim(), languages: empty });
      const next = { ...texts };
      // Whatever was typed meanwhile stays.
      for (const v of versions) if (!next[v.language]?.body.trim()) next[v.language] = { body: v.body, drafted: v.body };
      onChange(next);
    } catch (failure) {
      setError(failure);
    } finally {
      setFilling(false);
    }
  };

  return (
    <fieldset className="stack-tight" data-testid="announcement-languages">
      <legend>{t('discussions:announcement.languages')}</legend>
      {translates && (
        <p>
          <button type="button" className="button button-small" disabled={filling || !body.trim() || empty.length === 0} onClick={() => void fill()}>
            {filling ? t('common:machine_drafts.filling') : t('common:machine_drafts.fill')}
          </button>
        </p>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {others.map((lng) => {
        const text = texts[lng];
        const draft = !!text?.body && text.drafted === text.body;
        return (
          <label key={lng} className="field">
            <span>
              {t('discussions:announcement.version', { language: languageName(lng) })}
              {draft && <span className="badge">{t('discussions:announcement.machine_draft')}</span>}
            </span>
            <textarea
              lang={lng}
              rows={2}
              value={text?.body ?? ''}
              data-testid={`announcement-version-${lng}`}
              onChange={(event) => onChange({ ...texts, [lng]: { body: event.target.value, drafted: text?.drafted ?? null } })}
            />
          </label>
        );
      })}
    </fieldset>
  );
}
