import { useState } from 'react';
import { useTranslation } from '../../../lib/use-translation.js';
import { LANGUAGES } from '@sstc/shared/values';
import type { Language } from '@sstc/shared';
import { languageName } from '../../../components/language-name.js';
import { downloadExport } from '../api/surveys.api.js';
import { ProgressBar } from './charts.js';

/** Exports responses as CSV in a chosen language, showing rows received as they stream in. */
export function CsvExport({ surveyId }: { surveyId: string }) {
  const { t, i18n } = useTranslation('surveys');
  const [language, setLanguage] = useState<Language>(i18n.language as Language);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const run = async () => {
    setFailed(false);
    setProgress({ done: 0, total: 0 });
    try {
      const blob = await downloadExport(surveyId, language, (done, total) => setProgress({ done, total }));
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: `survey-${surveyId.slice(0, 8)}-${language}.csv` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    } finally {
      setProgress((p) => (p ? { ...p, done: p.total } : p));
    }
  };
  return (
    <section className="stack-tight" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="export-language">{t('export.language')}</label>
          <select id="export-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" onClick={() => void run()}>
          {t('export.download')}
        </button>
      </div>
      {progress && (
        <ProgressBar value={progress.done} max={progress.total} label={t('export.progress', { done: progress.done, total: progress.total })} />
      )}
      {failed && (
        <p className="field-error" role="alert">
          {t('export.failed')}
        </p>
      )}
    </section>
  );
}
