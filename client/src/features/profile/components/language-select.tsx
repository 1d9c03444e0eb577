import { LANGUAGES } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import type { ControlProps } from '../../../components/form-field.js';
import { languageName } from '../../../components/language-name.js';

export function LanguageSelect({ control, defaultValue }: { control: ControlProps; defaultValue: Language }) {
  return (
    <select {...control} defaultValue={defaultValue}>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageName(language)}
        </option>
      ))}
    </select>
  );
}
