import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';

/** The shell's way into the access log. */
export function AccessLogButton({ onClick }: { onClick: () => void }) {
  const t = useFeatureMessages(accessLogMessages);
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={onClick}
      data-testid="open-accesslog"
    >
      {t('open')}
    </button>
  );
}
