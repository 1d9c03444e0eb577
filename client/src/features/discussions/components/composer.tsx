import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { MESSAGE_MAX_CHARS } from '@sstc/shared/values';
import { LANGUAGES } from '@sstc/shared/values';
import type { Language, MessageKind, Person } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';
import { useSignedInUser } from '../../auth/hooks/use-auth.js';
import { discussionsApi } from '../api/discussions.api.js';
import { newClientId } from '../lib/client-id.js';
import { outboxOf } from '../hooks/use-outbox.js';
import { AnnouncementLanguages, versionsToSend, type VersionTexts } from './announcement-languages.js';
import type { RoomContext } from './message-actions.js';

const MENTION_QUERY = /(^|\s)@([^\s@[\]]{1,40})$/;

/**
 * Writing a message: Enter sends, Shift+Enter starts a new line. The message goes to the outbox
 * first, so it is never lost; the outbox sends it and keeps trying until the server has it.
 */
export function Composer({ room, parentId = null, label }: { room: RoomContext; parentId?: string | null; label?: string }) {
  const { t } = useTranslation('discussions');
  const me = useSignedInUser();
  const id = useId();
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<MessageKind>('message');
  // The language the author writes in; '' lets the server detect it (the author's own language when it cannot tell).
  // Kept after sending: people write several messages in one language.
  const [language, setLanguage] = useState<Language | ''>('');
  const [versions, setVersions] = useState<VersionTexts>({});
  const [found, setFound] = useState<Person[]>([]);
  // People picked from the suggestions: the writer sees "@Name", the message carries @[Name](id).
  const [picked, setPicked] = useState<Person[]>([]);
  const lastTyping = useRef(0);
  const field = useRef<HTMLTextAreaElement>(null);
  const length = withMentions(body.trim(), picked).length;
  const tooLong = length > MESSAGE_MAX_CHARS;
  const query = MENTION_QUERY.exec(body)?.[2];
  const suggestions = query ? found : [];

  useEffect(() => {
    if (!query) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void discussionsApi.members(room.id, query).then(
        (people) => !cancelled && setFound(people.filter((p) => p.id !== me.id)),
        () => undefined,
      );
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, room.id, me.id]);

  const send = () => {
    const text = withMentions(body.trim(), picked);
    if (!text || tooLong || !room.canPost) return;
    // An announcement with versions says its language: the versions are translations of it.
    const translated = kind === 'announcement' ? versionsToSend(versions, language || me.language) : [];
    const written = translated.length ? { language: language || me.language, versions: translated } : language ? { language } : {};
    outboxOf(me.id).add({ clientId: newClientId(), roomId: room.id, body: text, parentId, kind, ...written });
    setBody('');
    setPicked([]);
    setKind('message');
    setVersions({});
  };

  const mention = (person: Person) => {
    setBody(body.replace(MENTION_QUERY, (_, space: string) => `${space}@${person.name} `));
    setPicked((people) => [...people.filter((p) => p.id !== person.id), person]);
    setFound([]);
    field.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (suggestions[0]) mention(suggestions[0]);
    else send();
  };

  const onChange = (value: string) => {
    setBody(value);
    if (room.socket && Date.now() - lastTyping.current > 2_000) {
      lastTyping.current = Date.now();
      room.socket.emit('room:typing', { roomId: room.id });
    }
  };

  if (!room.canPost) return null;
  return (
    <form
      className="composer"
      data-testid="composer"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {label ?? t('composer.label')}
      </label>
      <textarea
        id={`${id}-body`}
        ref={field}
        value={body}
        rows={2}
        placeholder={label ?? t('composer.placeholder')}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint`}
        aria-invalid={tooLong || undefined}
      />
      {suggestions.length > 0 && (
        <ul className="mention-suggestions" aria-label={t('composer.mention_suggestions')}>
          {suggestions.map((person) => (
            <li key={person.id}>
              <button type="button" className="link-button" onClick={() => mention(person)}>
                @{person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="composer-tools">
        <p id={`${id}-hint`} className={tooLong ? 'field-error small' : 'muted small'} aria-live={tooLong ? 'polite' : 'off'}>
          {tooLong ? t('composer.too_long', { max: MESSAGE_MAX_CHARS }) : t('composer.hint', { length, max: MESSAGE_MAX_CHARS })}
        </p>
        <label className="field-inline">
          <span>{t('composer.language')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as Language | '')} data-testid="composer-language">
            <option value="">{t('composer.language_auto', { language: languageName(me.language) })}</option>
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng} lang={lng}>
                {languageName(lng)}
              </option>
            ))}
          </select>
        </label>
        {room.moderator && parentId === null && (
          <label className="field-inline">
            <span>{t('composer.kind')}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as MessageKind)}>
              <option value="message">{t('message.kinds.message')}</option>
              <option value="announcement">{t('message.kinds.announcement')}</option>
              <option value="prompt">{t('message.kinds.prompt')}</option>
            </select>
          </label>
        )}
        <button type="submit" className="button button-primary" disabled={!body.trim() || tooLong}>
          {t('composer.send')}
        </button>
      </div>
      {kind === 'announcement' && (
        <AnnouncementLanguages roomId={room.id} source={language || me.language} body={body} texts={versions} onChange={setVersions} />
      )}
    </form>
  );
}

/** "@Ana Souza" of a person picked from the suggestions becomes the markup @[Ana Souza](id); longer names first. */
export function withMentions(text: string, people: Person[]): string {
  return [...people]
    .sort((a, b) => b.name.length - a.name.length)
    .reduce(
      (result, person) => result.replace(new RegExp(`@${escapeRegExp(person.name)}(?![\\]\\w])`, 'gu'), () => `@[${person.name}](${person.id})`),
      text,
    );
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
