import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';

type Theme = 'light' | 'dark';
const systemTheme = (): Theme =>
  window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

/** Language and day/night switches. The theme follows the system until switched by hand. */
export function Toolbar() {
  const { t, language, setLanguage } = useI18n();
  const [theme, setTheme] = useState<Theme>(systemTheme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="toolbar">
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
      >
        {theme === 'dark' ? t('shell.theme.light') : t('shell.theme.dark')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        aria-label={t('shell.languageLabel')}
        lang={language === 'nl' ? 'en' : 'nl'}
        onClick={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
      >
        {t('shell.language')}
      </button>
    </div>
  );
}
