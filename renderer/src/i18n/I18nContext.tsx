import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { nl, type MessageKey } from './nl';
import { en } from './en';

export type Language = 'nl' | 'en';
const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Record<string, string>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  initial = 'nl',
  children,
}: {
  initial?: Language;
  children: ReactNode;
}) {
  const [language, setLanguageState] = useState<Language>(initial);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    document.documentElement.lang = next;
  }, []);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, values) =>
        catalogues[language][key].replace(
          /\{(\w+)\}/g,
          (_, name: string) => values?.[name] ?? `{${name}}`,
        ),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/**
 * A feature's own messages, kept beside the feature: `{ nl: {...}, en: {...} }` with the same keys.
 * Returns a `t` for them in the current language, with the same `{name}` placeholders.
 */
export function useFeatureMessages<K extends string>(messages: {
  nl: Record<K, string>;
  en: Record<K, string>;
}) {
  const { language } = useI18n();
  return useCallback(
    (key: K, values?: Record<string, string>) =>
      messages[language][key].replace(
        /\{(\w+)\}/g,
        (_, name: string) => values?.[name] ?? `{${name}}`,
      ),
    [language, messages],
  );
}

/** The translated text for an error code, falling back to a generic sentence. */
export function errorText(t: I18n['t'], code: string): string {
  const key = `error.${code}` as MessageKey;
  return key in nl ? t(key) : t('error.generic');
}
