import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';
import { useAccessLogForwarding } from './queries';
import { Icon } from '../../components/Icon';

/** HH:MM in the workstation's time, with the date when it is not today. */
function since(iso: string, now = new Date()): string {
  const d = new Date(iso);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return d.toDateString() === now.toDateString()
    ? time
    : `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear()} ${time}`;
}

/**
 * One line for the log manager: how far the central audit store has the log ("12 entries behind
 * since 03:12"), amber when behind longer than the configured time.
 */
export function ForwardingStatus() {
  const t = useFeatureMessages(accessLogMessages);
  const state = useAccessLogForwarding().data;
  if (!state) return null;
  if (!state.enabled)
    return (
      <p className="accesslog__forwarding" data-testid="accesslog-forwarding">
        {t('forwarding.off')}
      </p>
    );
  const text =
    state.behind === 0 || !state.behindSince
      ? t('forwarding.upToDate', { id: String(state.ackedId) })
      : t('forwarding.behind', { n: String(state.behind), since: since(state.behindSince) });
  return (
    <p
      className={`accesslog__forwarding${state.amber ? ' accesslog__forwarding--amber' : ''}`}
      role="status"
      data-testid="accesslog-forwarding"
      data-amber={state.amber ? 'true' : 'false'}
    >
      {state.amber && <Icon name="warning" />}
      {text}
      {!state.connected && state.lastError
        ? ` ${t('forwarding.noConnection', { why: state.lastError })}`
        : ''}
    </p>
  );
}
