import { COUNTRY_CODES, LANGUAGES, MODALITIES, type Answers, type Language, type Modality } from '@sstc/shared';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Country names in the four languages (from ICU, as the client shows them) → ISO code. */
const COUNTRY_BY_NAME = new Map<string, string>(
  LANGUAGES.flatMap((language) => {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    return COUNTRY_CODES.map((code) => [fold(names.of(code) ?? code), code] as const);
  }),
);

/** "Brasil, Moçambique e Portugal" → BR, MZ, PT: the names a respondent typed, in any of the four languages; unknown names are left out. */
export function countriesFrom(text: string): string[] {
  const parts = text.split(/\s*(?:[,;/\n]|\band\b|\by\b|\bet\b|\be\b)\s*/i);
  const codes = parts.map(
    (part) =>
      COUNTRY_BY_NAME.get(fold(part)) ?? (/^[A-Za-z]{2}$/.test(part) && COUNTRY_CODES.includes(part.toUpperCase()) ? part.toUpperCase() : undefined),
  );
  return [...new Set(codes.filter((code): code is string => !!code))];
}

const asText = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The fields of a draft practice prefilled from an impact-assessment answer about an initiative. */
export function draftFromInitiative(answers: Answers, language: Language, fallbackTitle: string) {
  const description = asText(answers.initiative_description);
  // The first sentence makes a title the author is invited to improve.
  const firstSentence = description.split(/(?<=[.!?])\s/)[0] ?? '';
  const title = (firstSentence.length > 0 && firstSentence.length <= 160 ? firstSentence.replace(/[.!?]$/, '') : fallbackTitle).slice(0, 200);
  const modalities = Array.isArray(answers.initiative_modality) ? (answers.initiative_modality as unknown[]) : [answers.initiative_modality];
  const modality = modalities.find((value): value is Modality => (MODALITIES as readonly unknown[]).includes(value)) ?? 'south_south';
  return {
    language,
    title: { [language]: title },
    summary: description ? { [language]: description.slice(0, 2_000) } : {},
    description: {},
    countries: countriesFrom(asText(answers.initiative_countries)).slice(0, 60),
    modality,
    partners: [
      ...new Set(
        asText(answers.initiative_partners)
          .split(/\s*[,;\n]\s*/)
          .filter(Boolean)
          .map((p) => p.slice(0, 200)),
      ),
    ].slice(0, 30),
  };
}
