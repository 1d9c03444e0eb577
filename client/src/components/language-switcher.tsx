import { useId } from 'react';
import { useTranslation } from '../lib/use-translation.js';
import { LANGUAGES } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import { useChangeLanguage } from '../features/profile/hooks/use-profile-mutations.js';
import { languageName } from './language-name.js';

/** On every page: the four languages, each named in itself. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} data-testid="language-switcher" value={i18n.language} onChange={(event) => changeLanguage(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageName(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
