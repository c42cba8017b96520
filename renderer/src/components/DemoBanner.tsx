import { useI18n } from '../i18n/I18nContext';

/** Visible on every screen in demo mode, and on every print. */
export function DemoBanner() {
  const { t } = useI18n();
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner">
      <span className="demo-banner__tag">{t('demo.short')}</span> {t('demo.banner')}
    </div>
  );
}
