import { useMemo, useState } from 'react';
import type { PatientContext } from '../../../../shared/api/patientSchemas';
import { useApi } from '../../api/ApiContext';
import { useAppInfo, useArrived, useMedication, useSummary } from '../../api/queries';
import { medicationSoFar, summarySoFar, type Arrived } from '../../api/arrived';
import { useSectionStatus } from '../../components/useSectionStatus';
import { SectionBoundary } from '../../components/SectionBoundary';
import { mayWriteLocumReport } from '../../components/roleAccess';
import { usePrintedPages } from '../../components/printedPages';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { ConsentPanel } from '../consent/ConsentPanel';
import { consentGate } from '../consent/consentGate';
import { TreatmentLimits } from '../summary/TreatmentLimits';
import { SummarySection } from '../summary/SummarySection';
import { MedicationSection } from '../medication/MedicationSection';
import { ReportSection } from '../locumreport/ReportSection';
import { PatientBanner } from './PatientBanner';
import { allergyState } from '../../components/allergyState';
import { patientMessages } from './messages';

const soFarOf = <T,>(arrived: Arrived | undefined, result: T | undefined) =>
  arrived && result !== undefined && arrived.parts.length > 0
    ? {
        result,
        arrived: new Set(
          arrived.parts.map((p) => p.outcome.source.ura ?? p.outcome.source.name ?? ''),
        ),
      }
    : undefined;

/**
 * An open patient in the order of attention (design.md §8): who (banner) → what can harm
 * (treatment limits) → what may be seen (consent) → what is known (summary, medication).
 * Each section starts only once the consent panel allows it, and loads on its own. Each clinical
 * section has its own error boundary: one that fails to render leaves the others, and the
 * locum-report draft, as they are.
 */
export function OpenPatient({
  context,
  onClose,
}: {
  context: PatientContext;
  onClose: () => void;
}) {
  const t = useFeatureMessages(patientMessages);
  const session = useAppInfo().data?.session ?? null;
  const gate = consentGate(context);
  usePrintedPages(context.patient, context.bsn);
  const summaryQuery = useSummary(context.bsn, gate.summaryAllowed);
  const medicationQuery = useMedication(context.bsn, gate.medicationAllowed);
  // Each source as it arrives: merged over the earlier answer, shown before the whole answer.
  const summaryArrived = useArrived('summary', context.bsn);
  const medicationArrived = useArrived('medication', context.bsn);
  const summarySo = useMemo(
    () => soFarOf(summaryArrived, summarySoFar(summaryArrived, summaryQuery.data)),
    [summaryArrived, summaryQuery.data],
  );
  const medicationSo = useMemo(
    () => soFarOf(medicationArrived, medicationSoFar(medicationArrived, medicationQuery.data)),
    [medicationArrived, medicationQuery.data],
  );
  const summary = useSectionStatus(summaryQuery, gate.summary, gate.summaryAllowed, summarySo);
  const medication = useSectionStatus(
    medicationQuery,
    gate.medication,
    gate.medicationAllowed,
    medicationSo,
  );
  const allergy = allergyState(
    summary.knowledge,
    medication.knowledge,
    gate.allergySourcesNotAsked,
  );
  const prescriptions =
    summary.knowledge.phase === 'done'
      ? summary.knowledge.result.summary?.prescriptions
      : undefined;
  const writesReports = session !== null && mayWriteLocumReport(session);
  const api = useApi();
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const printable = [
    ...(gate.summaryAllowed ? (['summary'] as const) : []),
    ...(gate.medicationAllowed ? (['medication'] as const) : []),
  ];
  // A print is an access (NEN 7513): logged by the service first, then the dialog opens.
  const print = async () => {
    setPrintProblem(null);
    const result = await api.recordsPrint({ bsn: context.bsn, categories: printable });
    if (!result.ok) return setPrintProblem(result.error.code);
    window.print();
  };

  return (
    <>
      {/* Sticky together: who, what they are allergic to, and what must not be done. */}
      <div className="patient__head">
        <PatientBanner
          context={context}
          allergy={allergy}
          onClose={onClose}
          onPrint={printable.length > 0 ? () => void print() : undefined}
        />
        {printProblem && (
          <p role="alert" className="notice notice--degraded" data-testid="print-failed">
            {t('patient.printFailed', { text: printProblem })}
          </p>
        )}
        <SectionBoundary id="limits" name={t('section.limits')}>
          <TreatmentLimits knowledge={summary.knowledge} />
        </SectionBoundary>
      </div>
      <SectionBoundary id="consent" name={t('section.consent')}>
        <ConsentPanel context={context} />
      </SectionBoundary>
      <div className="patient__sections">
        <SectionBoundary id="summary" name={t('section.summary')}>
          <SummarySection query={summaryQuery} status={summary} />
        </SectionBoundary>
        <SectionBoundary id="medication" name={t('section.medication')}>
          <MedicationSection
            query={medicationQuery}
            status={medication}
            prescriptions={prescriptions}
          />
        </SectionBoundary>
      </div>
      {/* The composer only for who sends a report, and only when there is a GP to send it to. */}
      {writesReports &&
        (context.ownGp ? (
          <ReportSection context={context} />
        ) : (
          <p className="muted report-absent" data-testid="report-absent">
            {t('report.noOwnGp')}
          </p>
        ))}
    </>
  );
}
