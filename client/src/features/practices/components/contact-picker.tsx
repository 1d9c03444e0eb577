import { useEffect, useId, useState } from 'react';
import type { PracticePerson } from '@sstc/shared';
import { useTranslation } from '../../../lib/use-translation.js';
import { practicesApi } from '../api/practices.api.js';

/** A practice names at most this many contact people (as the server checks). */
const MAX_CONTACTS = 10;

const describe = (person: PracticePerson) => [person.name, person.organisation].filter(Boolean).join(', ');

/**
 * The practice's contact people: members of the platform found by name (two letters or more),
 * added one by one and removed from the list.
 */
export function ContactPicker({ value, onChange }: { value: PracticePerson[]; onChange: (people: PracticePerson[]) => void }) {
  const { t } = useTranslation('practices');
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PracticePerson[]>([]);
  const q = query.trim();

  useEffect(() => {
    if (q.length < 2) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void practicesApi.people(q).then(
        (people) => !cancelled && setFound(people),
        () => !cancelled && setFound([]),
      );
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q]);

  const suggestions = q.length < 2 ? [] : found.filter((person) => !value.some((chosen) => chosen.id === person.id));
  const full = value.length >= MAX_CONTACTS;
  return (
    <fieldset className="stack-tight" data-testid="contact-picker">
      <legend>{t('contacts.title')}</legend>
      {value.length === 0 ? (
        <p className="muted small">{t('contacts.none')}</p>
      ) : (
        <ul>
          {value.map((person) => (
            <li key={person.id}>
              {describe(person)}{' '}
              <button type="button" className="link-button" onClick={() => onChange(value.filter((p) => p.id !== person.id))}>
                {t('contacts.remove', { name: person.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`}>{t('contacts.search')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {full ? t('contacts.full', { max: MAX_CONTACTS }) : t('contacts.search_hint')}
      </p>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        disabled={full}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setQuery(e.target.value)}
      />
      {suggestions.length > 0 && (
        <ul aria-label={t('contacts.found')}>
          {suggestions.map((person) => (
            <li key={person.id}>
              {describe(person)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onChange([...value, person]);
                  setQuery('');
                }}
              >
                {t('contacts.add', { name: person.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {q.length >= 2 && found.length === 0 && <p className="muted small">{t('contacts.not_found')}</p>}
    </fieldset>
  );
}
