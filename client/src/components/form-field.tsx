import { useId, type ReactNode } from 'react';
import { useTranslation } from '../lib/use-translation.js';
import type { FieldProblem } from '@sstc/shared';

/** What a field hands its control so that label, hint and error are announced with it. */
export interface ControlProps {
  id: string;
  name: string;
  required: boolean;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  name: string;
  problem?: FieldProblem;
  hint?: string;
  optional?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and its translated problem, tied together for assistive technology. */
export function Field({ label, name, problem, hint, optional = false, children }: FieldProps) {
  const { t } = useTranslation(['common', 'errors']);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', problem ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={problem ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> {t('optional')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={errorId} className="field-error">
          {t(`errors:fields.${problem}`)}
        </p>
      )}
      {children({ id, name, required: !optional, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy || undefined })}
    </div>
  );
}
