import type { PatientContext } from '../../../../shared/api/patientSchemas';
import { useMedication, useSummary } from '../../api/queries';
import { useSectionStatus } from '../../components/useSectionStatus';
import { ConsentPanel } from '../consent/ConsentPanel';
import { consentGate } from '../consent/consentGate';
import { TreatmentLimits } from '../summary/TreatmentLimits';
import { SummarySection } from '../summary/SummarySection';
import { MedicationSection } from '../medication/MedicationSection';
import { ReportSection } from '../locumreport/ReportSection';
import { PatientBanner } from './PatientBanner';
import { allergyState } from '../../components/allergyState';

/**
 * An open patient in the order of attention (design.md §8): who (banner) → what can harm
 * (treatment limits) → what may be seen (consent) → what is known (summary, medication).
 * Each section starts only once the consent panel allows it, and loads on its own.
 */
export function OpenPatient({
  context,
  onClose,
}: {
  context: PatientContext;
  onClose: () => void;
}) {
  const gate = consentGate(context);
  const summaryQuery = useSummary(context.bsn, gate.summaryAllowed);
  const medicationQuery = useMedication(context.bsn, gate.medicationAllowed);
  const summary = useSectionStatus(summaryQuery, gate.summary, gate.summaryAllowed);
  const medication = useSectionStatus(medicationQuery, gate.medication, gate.medicationAllowed);
  const allergy = allergyState(summary.knowledge, medication.knowledge);
  const prescriptions =
    summary.knowledge.phase === 'done'
      ? summary.knowledge.result.summary?.prescriptions
      : undefined;

  return (
    <>
      <PatientBanner context={context} allergy={allergy} onClose={onClose} />
      <TreatmentLimits knowledge={summary.knowledge} />
      <ConsentPanel context={context} />
      <div className="patient__sections">
        <SummarySection query={summaryQuery} status={summary} />
        <MedicationSection
          query={medicationQuery}
          status={medication}
          prescriptions={prescriptions}
        />
      </div>
      <ReportSection context={context} />
    </>
  );
}
