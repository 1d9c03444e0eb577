import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { Language } from '@sstc/shared';
import { formatDuration } from '../../../lib/format.js';
import { useTranslation } from '../../../lib/use-translation.js';

interface ReasonFormProps {
  title: string;
  submit: string;
  /** Ask for a reason (moderation actions must give one). */
  reason?: boolean;
  optional?: boolean;
  /** The reason field's label, when not the hide/delete one. */
  reasonLabel?: string;
  durations?: readonly number[];
  children?: ReactNode;
  onSubmit: (reason: string, minutes?: number) => Promise<void> | void;
  onCancel: () => void;
}

/** A small inline form under a message: why (and for how long), confirm or cancel. */
export function ReasonForm({
  title,
  submit,
  reason = true,
  optional = false,
  reasonLabel,
  durations,
  children,
  onSubmit,
  onCancel,
}: ReasonFormProps) {
  const { t, i18n } = useTranslation(['discussions', 'errors']);
  const id = useId();
  const [text, setText] = useState('');
  const [minutes, setMinutes] = useState(durations?.[0]);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  // Opened under a message near the sticky composer: bring the whole form into view.
  // (A block body: newer browsers' scrollIntoView returns a promise, which React would take for a cleanup.)
  useEffect(() => {
    form.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const submitForm = async (event: FormEvent) => {
    event.preventDefault();
    // Our own check, in the page's language (the browser's would speak its own).
    if (reason && !optional && !text.trim()) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit(text.trim(), minutes);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form ref={form} className="message-form" noValidate onSubmit={(event) => void submitForm(event)} aria-labelledby={`${id}-title`}>
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
                {formatDuration(d, i18n.language as Language)}
              </option>
            ))}
          </select>
        </label>
      )}
      {reason && (
        <div className={missing ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${id}-reason`}>{optional ? t('moderation.note') : (reasonLabel ?? t('moderation.reason'))}</label>
          {missing && (
            <p className="field-error" id={`${id}-error`}>
              {t('errors:fields.required')}
            </p>
          )}
          <input
            ref={input}
            id={`${id}-reason`}
            value={text}
            onChange={(event) => (setText(event.target.value), setMissing(false))}
            maxLength={500}
            aria-required={!optional || undefined}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
            autoFocus
          />
        </div>
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
