import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';
import { useAccessLogIntegrity } from './queries';
import { Icon } from '../../components/Icon';

/** Warns, on every screen, when the access log's chain does not verify. Silent while intact. */
export function IntegrityBanner() {
  const t = useFeatureMessages(accessLogMessages);
  const integrity = useAccessLogIntegrity();
  const status = integrity.data?.status;
  if (status !== 'broken' && status !== 'key-missing') return null;
  return (
    <div className="alert alert--error" role="alert" data-testid="accesslog-integrity">
      <Icon name="warning" />
      {status === 'broken'
        ? t('integrity.broken', { id: String(integrity.data?.firstBrokenId ?? '?') })
        : t('integrity.keyMissing')}
    </div>
  );
}
