import { createContext, createElement, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { FlatNamespace, i18n as I18n, TFunction } from 'i18next';

// The few lines of react-i18next the app uses. react-i18next imports i18next's code, which would
// pull it into the first download; this binding takes the instance from context, so i18next is
// fetched beside the language's texts (lib/i18n.ts) and the entry stays within its budget.

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return createElement(I18nContext.Provider, { value: i18n }, children);
}

/**
 * `t` bound to the current language and the first namespace given (others by `ns:key`), as in
 * react-i18next; the component renders again when the language changes.
 */
export function useTranslation<const Ns extends FlatNamespace | readonly FlatNamespace[] = 'common'>(ns?: Ns): { t: TFunction<Ns>; i18n: I18n } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an I18nProvider above it');
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    [i18n],
  );
  const language = useSyncExternalStore(subscribe, () => i18n.language);
  const namespace: FlatNamespace = (Array.isArray(ns) ? ns[0] : ns) ?? 'common';
  const t = useMemo(() => i18n.getFixedT(language, namespace) as unknown as TFunction<Ns>, [i18n, language, namespace]);
  return { t, i18n };
}
