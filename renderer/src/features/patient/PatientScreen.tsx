import { useI18n } from '../../i18n/I18nContext';
import { AccessLogRecent } from './AccessLogRecent';

/** The patient screen. Until a patient is looked up it says so plainly. */
export function PatientScreen() {
  const { t } = useI18n();
  return (
    <main className="patient" aria-labelledby="patient-title">
      <h1 id="patient-title" className="visually-hidden">
        {t('patient.title')}
      </h1>
      <section className="empty-state" aria-labelledby="patient-empty">
        <h2 id="patient-empty">{t('patient.empty.title')}</h2>
        <p className="muted">{t('patient.empty.body')}</p>
      </section>
      <AccessLogRecent />
    </main>
  );
}
