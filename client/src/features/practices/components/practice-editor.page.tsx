import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { COUNTRY_CODES, LANGUAGES, MODALITIES, PRACTICE_REGIONS, SDGS } from '@sstc/shared/values';
import type { Language, LocalizedText, Modality, Practice, PracticeInput, PracticePerson, PracticeRegion } from '@sstc/shared';
import { ErrorAlert } from '../../../components/error-alert.js';
import { Field } from '../../../components/form-field.js';
import { languageName } from '../../../components/language-name.js';
import { Loading } from '../../../components/loading.js';
import { SubmitButton } from '../../../components/submit-button.js';
import { usePageTitle } from '../../../components/use-page-title.js';
import { fieldProblemsOf } from '../../../lib/api.js';
import { localized } from '../../../lib/localized.js';
import { useTranslation } from '../../../lib/use-translation.js';
import { usePractice, usePracticeThemes, useSavePractice } from '../hooks/use-practices.js';
import { ContactPicker } from './contact-picker.js';
import { lines, linksText, parseLinks } from './link-lines.js';
import { PracticeFilesEditor } from './practice-files.js';
import { usePracticeLabels } from './practice-labels.js';
import { YearField } from './year-field.js';

/** Writing a practice (new, or a draft of one's own): texts per language, where, how, when, themes and SDGs, partners and links. */
export function PracticeEditorPage() {
  const { t, i18n } = useTranslation('practices');
  const { practiceId = '' } = useParams();
  const practice = usePractice(practiceId, i18n.language as Language);
  usePageTitle(practiceId ? t('editor.edit_title') : t('editor.new_title'));
  if (practiceId && practice.isPending) return <Loading />;
  if (practiceId && practice.isError) return <ErrorAlert error={practice.error} />;
  return <PracticeForm practice={practiceId ? practice.data : undefined} />;
}

function PracticeForm({ practice }: { practice: Practice | undefined }) {
  const { t, i18n } = useTranslation('practices');
  const navigate = useNavigate();
  const themes = usePracticeThemes();
  const labels = usePracticeLabels(themes.data);
  const save = useSavePractice(practice?.id);
  const problems = fieldProblemsOf(save.error);
  const [language, setLanguage] = useState<Language>(practice?.language ?? (i18n.language as Language));
  const [writing, setWriting] = useState<Language>(language);
  const [texts, setTexts] = useState<Record<'title' | 'summary' | 'description', LocalizedText>>({
    title: practice?.title ?? {},
    summary: practice?.summary ?? {},
    description: practice?.description ?? {},
  });
  const [region, setRegion] = useState<PracticeRegion>(practice?.region ?? 'global');
  const [modality, setModality] = useState<Modality>(practice?.modality ?? 'south_south');
  const [countries, setCountries] = useState<string[]>(practice?.countries ?? []);
  const [themeIds, setThemeIds] = useState<string[]>(practice?.themes.map((theme) => theme.id) ?? []);
  const [sdgs, setSdgs] = useState<number[]>(practice?.sdgs ?? []);
  const [periodStart, setPeriodStart] = useState(practice?.periodStart?.toString() ?? '');
  const [periodEnd, setPeriodEnd] = useState(practice?.periodEnd?.toString() ?? '');
  const [partners, setPartners] = useState((practice?.partners ?? []).join('\n'));
  const [links, setLinks] = useState(linksText(practice?.links ?? [], 'link'));
  const [documents, setDocuments] = useState(linksText(practice?.links ?? [], 'document'));
  const [contacts, setContacts] = useState<PracticePerson[]>(practice?.contacts ?? []);
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);
  const sortedCountries = [...COUNTRY_CODES].sort((a, b) => labels.country(a).localeCompare(labels.country(b), i18n.language));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: PracticeInput = {
      language,
      ...texts,
      region,
      modality,
      countries,
      themeIds,
      sdgs,
      periodStart: periodStart ? Number(periodStart) : null,
      periodEnd: periodEnd ? Number(periodEnd) : null,
      partners: lines(partners),
      links: [...parseLinks(links, 'link'), ...parseLinks(documents, 'document')],
      contactIds: contacts.map((person) => person.id),
    };
    save.mutate(input, { onSuccess: (saved) => void navigate(`/practices/${saved.id}`) });
  };
  const setText = (field: 'title' | 'summary' | 'description', value: string) =>
    setTexts((all) => ({ ...all, [field]: { ...all[field], [writing]: value } }));

  return (
    <div className="stack">
      <p>
        <Link to={practice ? `/practices/${practice.id}` : '/practices'}>{t('back')}</Link>
      </p>
      <h1>{practice ? t('editor.edit_title') : t('editor.new_title')}</h1>
      <p className="muted">{t('editor.intro')}</p>
      <form className="form stack" onSubmit={submit} noValidate>
        <ErrorAlert error={save.error} />
        <Field label={t('editor.language')} name="language" hint={t('editor.language_hint')}>
          {(control) => (
            <select {...control} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="language-tabs">
          <legend>{t('editor.writing_in')}</legend>
          {LANGUAGES.map((l) => (
            <label key={l}>
              <input type="radio" name="writing" value={l} checked={writing === l} onChange={() => setWriting(l)} /> {languageName(l)}
            </label>
          ))}
        </fieldset>
        <Field
          label={t('editor.title_in', { language: languageName(writing) })}
          name="title"
          problem={problems.title}
          optional={writing !== language}
        >
          {(control) => (
            <input
              {...control}
              lang={writing}
              value={texts.title[writing] ?? ''}
              onChange={(e) => setText('title', e.target.value)}
              maxLength={2000}
            />
          )}
        </Field>
        <Field label={t('editor.summary_in', { language: languageName(writing) })} name="summary" optional>
          {(control) => (
            <textarea
              {...control}
              lang={writing}
              rows={3}
              value={texts.summary[writing] ?? ''}
              onChange={(e) => setText('summary', e.target.value)}
              maxLength={2000}
            />
          )}
        </Field>
        <Field
          label={t('editor.description_in', { language: languageName(writing) })}
          name="description"
          hint={t('editor.description_hint')}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              lang={writing}
              rows={10}
              value={texts.description[writing] ?? ''}
              onChange={(e) => setText('description', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('facets.region')} name="region" problem={problems.region}>
          {(control) => (
            <select {...control} value={region} onChange={(e) => setRegion(e.target.value as PracticeRegion)}>
              {PRACTICE_REGIONS.map((value) => (
                <option key={value} value={value}>
                  {labels.region(value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('facets.country')} name="countries" hint={t('editor.countries_hint')} problem={problems.countries} optional>
          {(control) => (
            <select
              {...control}
              multiple
              size={6}
              value={countries}
              onChange={(e) => setCountries([...e.target.selectedOptions].map((option) => option.value))}
            >
              {sortedCountries.map((code) => (
                <option key={code} value={code}>
                  {labels.country(code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('facets.modality')} name="modality" problem={problems.modality}>
          {(control) => (
            <select {...control} value={modality} onChange={(e) => setModality(e.target.value as Modality)}>
              {MODALITIES.map((value) => (
                <option key={value} value={value}>
                  {labels.modality(value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {(themes.data?.length ?? 0) > 0 && (
          <fieldset className="checkbox-grid">
            <legend>{t('facets.theme')}</legend>
            {themes.data!.map((theme) => (
              <label key={theme.id}>
                <input type="checkbox" checked={themeIds.includes(theme.id)} onChange={() => setThemeIds((list) => toggle(list, theme.id))} />{' '}
                {localized(theme.name, i18n.language as Language, 'en').value}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="checkbox-grid">
          <legend>{t('facets.sdg')}</legend>
          {SDGS.map((sdg) => (
            <label key={sdg}>
              <input type="checkbox" checked={sdgs.includes(sdg)} onChange={() => setSdgs((list) => toggle(list, sdg))} /> {labels.sdg(sdg)}
            </label>
          ))}
        </fieldset>
        <div className="inline-fields">
          <YearField
            label={t('editor.period_start')}
            name="periodStart"
            value={periodStart}
            onChange={setPeriodStart}
            problem={problems.periodStart}
          />
          <YearField label={t('editor.period_end')} name="periodEnd" value={periodEnd} onChange={setPeriodEnd} problem={problems.periodEnd} />
        </div>
        <Field label={t('partners')} name="partners" hint={t('editor.one_per_line')} problem={problems.partners} optional>
          {(control) => <textarea {...control} rows={3} value={partners} onChange={(e) => setPartners(e.target.value)} />}
        </Field>
        <Field label={t('links')} name="links" hint={t('editor.links_hint')} problem={problems.links} optional>
          {(control) => <textarea {...control} rows={3} value={links} onChange={(e) => setLinks(e.target.value)} />}
        </Field>
        <Field label={t('documents')} name="documents" hint={t('editor.links_hint')} optional>
          {(control) => <textarea {...control} rows={3} value={documents} onChange={(e) => setDocuments(e.target.value)} />}
        </Field>
        <ContactPicker value={contacts} onChange={setContacts} />
        <p className="actions">
          <SubmitButton pending={save.isPending}>{t('editor.save')}</SubmitButton>
        </p>
      </form>
      {practice ? <PracticeFilesEditor practice={practice} /> : <p className="muted">{t('files.save_first')}</p>}
    </div>
  );
}
