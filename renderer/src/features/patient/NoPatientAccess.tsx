import type { Session } from '../../../../shared/api/schemas';
import { passTypeInfo } from '../../../../shared/domain/uzi/passType';
import { useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { patientMessages } from './messages';

/**
 * For a pass that can see no LSP data (counter pass "niet op naam", the privacy officer): no
 * lookup, no patient identity, consent or clinical data, and a plain word why.
 */
export function NoPatientAccess({ session }: { session: Session }) {
  const t = useFeatureMessages(patientMessages);
  const { language } = useI18n();
  return (
    <main className="patient" aria-labelledby="no-patient-access" data-testid="no-patient-access">
      <section className="empty-state">
        <h1 id="no-patient-access">{t('restricted.title')}</h1>
        <p>{t('restricted.body', { pass: passTypeInfo[session.person.passType][language] })}</p>
      </section>
    </main>
  );
}
