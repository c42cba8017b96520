/**
 * Is this answer the answer to our question? Each answer's acknowledgement must name our
 * message id (targetMessage; targetTransmission for the batch), its queryAck our queryId, and
 * every patient in it our patient's BSN (docs/codec.md, "Answer checked against the question").
 * A mismatch refuses the whole answer with a PatientSafetyError.
 */
import { PatientSafetyError } from '../errors';
import { OID } from '../oids';
import { attr, child, children, path, type XmlElement } from '../xml/read';
import { batchMessages } from './transmission';
import { iiString } from './values';

export interface AnswerTo {
  bsn: string;
  /** Our message id as "root^extension". */
  messageId: string;
  /** Our queryId as "root^extension"; null when the request had none. */
  queryId: string | null;
}

const BATCH = 'MCCI_IN200101';
export function checkAnswerTo(body: XmlElement, q: AnswerTo): void {
  if (body.local === BATCH) {
    const target = iiString(path(body, 'acknowledgement/targetTransmission/id'));
    if (target !== null && target !== q.messageId)
      throw new PatientSafetyError(
        `the batch answers message ${target}, not ours (${q.messageId})`,
        'targetMessage',
        { path: `${BATCH}/acknowledgement/targetTransmission/id`, line: body.line },
      );
    batchMessages(body).forEach((m, i) => checkOne(m, q, `${BATCH}/${m.local}[${i + 1}]`));
    return;
  }
  checkOne(body, q, body.local);
}

function checkOne(m: XmlElement, q: AnswerTo, where: string): void {
  const targetEl = path(m, 'acknowledgement/targetMessage/id');
  const target = iiString(targetEl);
  if (target !== null && target !== q.messageId)
    throw new PatientSafetyError(
      `an answer acknowledges message ${target}, not ours (${q.messageId})`,
      'targetMessage',
      { path: `${where}/acknowledgement/targetMessage/id`, line: targetEl?.line ?? m.line },
    );
  const cap = child(m, 'ControlActProcess');
  const queryIdEl = path(cap, 'queryAck/queryId');
  const queryId = iiString(queryIdEl);
  if (q.queryId !== null && queryId !== null && queryId !== q.queryId)
    throw new PatientSafetyError(
      `an answer is for query ${queryId}, not ours (${q.queryId})`,
      'queryId',
      { path: `${where}/ControlActProcess/queryAck/queryId`, line: queryIdEl?.line ?? m.line },
    );
  for (const subject of children(cap, 'subject')) checkPatients(subject, q.bsn, where);
}

/** Every Patient/patient element's BSN, wherever it is in the payload. */
function checkPatients(el: XmlElement, bsn: string, where: string): void {
  const stack = [el];
  while (stack.length) {
    const e = stack.pop() as XmlElement;
    if (e.local === 'Patient' || e.local === 'patient') {
      for (const id of children(e, 'id')) {
        if (attr(id, 'root') !== OID.bsn) continue;
        const other = attr(id, 'extension');
        if (other !== bsn)
          throw new PatientSafetyError(
            'an answer is about another patient (BSN differs from the one asked for)',
            'patient',
            { path: `${where}/…/${e.local}/id`, line: id.line },
          );
      }
    }
    for (const c of e.children) stack.push(c);
  }
}
