import { useState } from 'react';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';
import { EntrySearch } from './EntrySearch';
import { ReviewQueue } from './ReviewQueue';
import { ForwardingStatus } from './ForwardingStatus';
import './accesslog.css';

type Tab = 'patient' | 'employee' | 'review';

/** The access log for the patient, the organisation and the privacy officer. Every look is logged. */
export function AccessLogScreen({ onClose }: { onClose: () => void }) {
  const t = useFeatureMessages(accessLogMessages);
  const [tab, setTab] = useState<Tab>('patient');
  return (
    <main className="accesslog" aria-labelledby="accesslog-screen-title">
      <header className="accesslog__header">
        <h1 id="accesslog-screen-title">{t('screen.title')}</h1>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('screen.back')}
        </button>
      </header>
      <ForwardingStatus />
      <div role="tablist" className="toolbar">
        {(['patient', 'employee', 'review'] as const).map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'button' : 'button button--quiet'}
            onClick={() => setTab(name)}
          >
            {t(`tab.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'patient' && <EntrySearch key="patient" by="patient" />}
      {tab === 'employee' && <EntrySearch key="employee" by="employee" />}
      {tab === 'review' && <ReviewQueue />}
    </main>
  );
}
