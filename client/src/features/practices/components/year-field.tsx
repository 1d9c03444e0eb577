import type { FieldProblem } from '@sstc/shared';
import { Field } from '../../../components/form-field.js';

/** An optional year of the practice's period (from, until): a number between 1900 and 2999, kept as typed. */
export function YearField({
  label,
  name,
  value,
  onChange,
  problem,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  problem?: FieldProblem;
}) {
  return (
    <Field label={label} name={name} problem={problem} optional>
      {(control) => (
        <input {...control} type="number" inputMode="numeric" min={1900} max={2999} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
