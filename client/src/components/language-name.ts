import type { Language } from '@sstc/shared';

/** A language's name in that language ("Español"), as people look for their own language by it. */
export function languageName(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
