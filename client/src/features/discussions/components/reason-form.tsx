import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';

interface ReasonFormProps {
  title: string;
  submit: string;
  /** Ask for a reason (moderation actions must give one). */
  reason?: boolean;
  optional?: boolean;
  durations?: readonly number[];
  children?: ReactNode;
  onSubmit: (reason: string, minutes?: number) => Promise<void> | void;
  onCancel: () => void;
}

/** A small inline form under a message: why (and for how long), confirm or cancel. */
export function ReasonForm({ title, submit, reason = true, optional = false, durations, children, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useTranslation('discussions');
  const id = useId();
  const [text, setText] = useState('');
  const [minutes, setMinutes] = useState(durations?.[0]);
  const [busy, setBusy] = useState(false);
  const submitForm = async (event: FormEvent) => {
    event.preventDefault();
    if (reason && !optional && !text.trim()) return;
    setBusy(true);
    try {
      await onSubmit(text.trim(), minutes);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="message-form" onSubmit={(event) => void submitForm(event)} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        <strong>{title}</strong>
      </p>
      {children}
      {durations && (
        <label className="field">
          <span>{t('moderation.duration')}</span>
          <select value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
            {durations.map((d) => (
              <option key={d} value={d}>
                {t('moderation.minutes', { count: d })}
              </option>
            ))}
          </select>
        </label>
      )}
      {reason && (
        <label className="field">
          <span>{optional ? t('moderation.note') : t('moderation.reason')}</span>
          <input value={text} onChange={(event) => setText(event.target.value)} maxLength={500} required={!optional} autoFocus />
        </label>
      )}
      <div className="row">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {submit}
        </button>
        <button type="button" className="button button-small" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
