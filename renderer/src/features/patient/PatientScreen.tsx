import { useCallback, useEffect, useState } from 'react';
import { useClosePatient, usePatientContext } from '../../api/queries';
import { useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { HelpOverlay } from '../help/HelpOverlay';
import { focusTarget, useShortcuts } from '../../components/shortcuts';
import { AccessLogRecent } from '../accesslog/AccessLogRecent';
import { BSN_INPUT_ID, BsnLookup } from './BsnLookup';
import { OpenPatient } from './OpenPatient';
import { patientMessages } from './messages';
import './patient.css';

/** The patient screen: lookup by BSN, then the open patient; until then it says so plainly. */
export function PatientScreen() {
  const { t } = useI18n();
  const tp = useFeatureMessages(patientMessages);
  const context = usePatientContext().data ?? null;
  const closePatient = useClosePatient();
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useShortcuts(openHelp);
  // After sign-in the cursor is in the BSN field: the first thing to do is type one.
  useEffect(() => {
    focusTarget(BSN_INPUT_ID);
  }, []);

  const close = useCallback(() => {
    closePatient();
    // Focus goes back to the lookup, ready for the next patient.
    window.setTimeout(() => focusTarget(BSN_INPUT_ID), 0);
  }, [closePatient]);

  return (
    <main className="patient" aria-labelledby="patient-title">
      <h1 id="patient-title" className="visually-hidden">
        {t('patient.title')}
      </h1>
      <BsnLookup />
      {context ? (
        <OpenPatient key={context.bsn} context={context} onClose={close} />
      ) : (
        <>
          <section className="empty-state" aria-labelledby="patient-empty">
            <h2 id="patient-empty">{t('patient.empty.title')}</h2>
            <p className="muted">{t('patient.empty.body')}</p>
            <p className="muted">{tp('lookup.hint')}</p>
          </section>
          <AccessLogRecent />
        </>
      )}
      {helpOpen && <HelpOverlay onClose={() => setHelpOpen(false)} />}
    </main>
  );
}
