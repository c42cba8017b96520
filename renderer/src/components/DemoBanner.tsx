import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

/**
 * Visible on every screen in demo mode, and on every print. `action` (the trainer's button) sits
 * at its right end, in the banner's one line, so nothing floats over the clinician's screen.
 */
export function DemoBanner({ action }: { action?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="demo-banner">
      <p className="demo-banner__text" role="note" data-testid="demo-banner">
        <span className="demo-banner__tag">{t('demo.short')}</span> {t('demo.banner')}
      </p>
      {action}
    </div>
  );
}
