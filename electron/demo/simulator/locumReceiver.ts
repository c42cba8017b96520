import { decideAccess, refusalReasonText } from '../../../shared/domain/authorisation';
import type { ParsedRequest } from './hl7/readRequest';
import { acceptAck, soapEnvelope } from './hl7/responses';
import { patientByBsn } from '../patients';
import { simulatedSources } from '../sources/catalogue';
import type { Caller } from './identifyCaller';
import type { LocumInbox } from './locumInbox';
import type { LspLogEntry } from './lspLog';
import type { Scenario } from './scenario';

/** What the HTTP layer does with a locum report: answer this ack, or stay silent. */
export type LocumAnswer =
  { kind: 'ack'; xml: string; log: LspLogEntry } | { kind: 'silent'; log: LspLogEntry };

let counter = 0;

/**
 * A REPC_IN990003NL routed to the addressed GP practice: the report has been read and checked
 * by the codec (parseRequest); here the practice checks that it is the addressee, knows the
 * patient, and that the sender may send it; then answers MCCI_IN000002 CA (kept in its inbox),
 * CE or CR with a reason, or nothing — as the trainer set the receiver.
 */
export function receiveLocumReport(
  scenario: Scenario,
  inbox: LocumInbox,
  request: ParsedRequest,
  caller: Caller,
  base: Omit<LspLogEntry, 'outcome' | 'reason' | 'reasonCode' | 'sources'>,
  now: Date,
): LocumAnswer {
  const report = request.locumReport;
  const practice = simulatedSources.find(
    (s) =>
      s.kind === 'gp' &&
      (s.applicationId === request.receiverApplicationId || s.ura === report?.addressee.ura),
  );
  const answer = (
    code: 'CA' | 'CE' | 'CR',
    reason: { code: string; text: string } | null,
    outcome: LspLogEntry['outcome'],
  ): LocumAnswer => ({
    kind: 'ack',
    xml: soapEnvelope(
      acceptAck({
        id: {
          root: `2.16.840.1.113883.2.4.6.6.${practice?.applicationId ?? '1'}.1`,
          extension: `${Date.now()}${++counter}`,
        },
        creationTime: now,
        target: request.messageId,
        code,
        reason,
        senderApplicationId: practice?.applicationId ?? '1',
        receiverApplicationId: request.senderApplicationId ?? '0',
      }),
    ),
    log: {
      ...base,
      outcome,
      reason: reason?.text ?? null,
      reasonCode: reason?.code ?? null,
      sources: practice ? [{ ura: practice.ura, name: practice.name, status: code }] : [],
    },
  });
  if (!caller.ok)
    return answer('CR', { code: 'ONBEKENDE_AFZENDER', text: caller.reason }, 'rejected');
  const decision = decideAccess({
    actor: caller.actor,
    overseer: caller.overseer,
    dataCategory: 'locum-report',
    source: { consent: 'consent', region: null },
    regimes: { crisisOptIn: scenario.crisisRegime, regions: false },
    pointOfCare: { verbal: null },
  });
  if (!decision.allowed)
    return answer(
      'CR',
      { code: 'NIET_GEAUTORISEERD', text: refusalReasonText[decision.reason].nl },
      'rejected',
    );
  if (!report || !practice)
    return answer(
      'CR',
      { code: 'ONBEKENDE_ONTVANGER', text: 'Deze huisartspraktijk is niet bekend.' },
      'rejected',
    );
  const patient = report.patient.bsn ? patientByBsn(report.patient.bsn) : undefined;
  if (!patient || patient.gp?.source !== practice.id) {
    return answer(
      'CR',
      { code: 'ONBEKENDE_PATIENT', text: 'De patiënt staat niet ingeschreven bij deze praktijk.' },
      'rejected',
    );
  }
  const mode = scenario.receiver.get(practice.id) ?? 'accept';
  switch (mode) {
    case 'silent':
      return {
        kind: 'silent',
        log: {
          ...base,
          outcome: 'silent',
          reason: 'receiver set to stay silent',
          reasonCode: 'GEEN_ANTWOORD',
          sources: [{ ura: practice.ura, name: practice.name, status: 'silent' }],
        },
      };
    case 'reject':
      return answer(
        'CR',
        {
          code: 'GEWEIGERD',
          text: 'De ontvangende praktijk weigert het bericht (ingesteld door de trainer).',
        },
        'rejected',
      );
    case 'error':
      return answer(
        'CE',
        {
          code: 'VERWERKINGSFOUT',
          text: 'Het HIS kon het bericht niet verwerken (ingesteld door de trainer).',
        },
        'error',
      );
    case 'accept': {
      const id = `${request.messageId.root}^${request.messageId.extension}`;
      if (!inbox.has(id))
        inbox.add(practice.id, { receivedAt: now.toISOString(), messageId: id, report });
      return answer('CA', null, 'accepted');
    }
  }
}
