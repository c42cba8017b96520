/**
 * The AORTA wrapper rules for what Schakel writes (docs/codec.md, "What Schakel writes"): the
 * transmission wrapper, the ControlActProcess with author and overseer, and UCUM units. Used
 * before every send and over every written message in the tests. Returns the problems found,
 * each in plain words with where; an empty list means the message passes.
 */
import { HL7_NS, SOAP_NS } from './namespaces';
import { OID } from './oids';
import { attr, child, children, parseXml, path, type XmlElement } from './xml/read';
import { WRITTEN_UCUM } from './ucum';

const VERSION_CODE = 'NICTIZEd2005-Okt';
const PROFILE_ROOT = '2.16.840.1.113883.2.4.3.11.1';
const TS_TO_SECONDS = /^\d{14}/;
const ACCEPT_ACK: Record<string, string> = {
  QUPC_IN990001NL: 'NE',
  QURX_IN990111NL: 'NE',
  REPC_IN000023NL: 'NE',
  REPC_IN990003NL: 'AL',
};

export function checkAortaWrapper(xml: string): string[] {
  const problems: string[] = [];
  const root = parseXml(xml);
  const message = root.ns === SOAP_NS ? child(root, 'Body', SOAP_NS)?.children[0] : root;
  if (!message || message.ns !== HL7_NS) return ['the message is not an HL7v3 element'];
  const at = message.local;
  const need = (cond: boolean, text: string) => {
    if (!cond) problems.push(`${at}: ${text}`);
  };
  const id = child(message, 'id');
  need(!!attr(id, 'root') && !!attr(id, 'extension'), 'id needs a root and an extension');
  need(
    TS_TO_SECONDS.test(attr(child(message, 'creationTime'), 'value') ?? ''),
    'creationTime must be given to the second',
  );
  need(
    attr(child(message, 'versionCode'), 'code') === VERSION_CODE,
    `versionCode must be ${VERSION_CODE}`,
  );
  const interaction = child(message, 'interactionId');
  need(
    attr(interaction, 'root') === OID.interaction && attr(interaction, 'extension') === at,
    'interactionId must have root 2.16.840.1.113883.1.6 and the message name as extension',
  );
  const profiles = children(message, 'profileId');
  need(
    profiles.length === 1 &&
      attr(profiles[0], 'root') === PROFILE_ROOT &&
      attr(profiles[0], 'extension') === '810',
    'exactly one profileId 2.16.840.1.113883.2.4.3.11.1 / 810',
  );
  need(
    ['P', 'T', 'D'].includes(attr(child(message, 'processingCode'), 'code') ?? ''),
    'processingCode must be P, T or D',
  );
  need(attr(child(message, 'processingModeCode'), 'code') === 'T', 'processingModeCode must be T');
  const ack = ACCEPT_ACK[at];
  if (ack)
    need(
      attr(child(message, 'acceptAckCode'), 'code') === ack,
      `acceptAckCode must be ${ack} for ${at}`,
    );
  need(children(message, 'attentionLine').length === 0, 'attentionLine must not be sent');
  const receivers = children(message, 'receiver');
  need(
    receivers.length === 1 && attr(path(receivers[0], 'device/id'), 'root') === OID.application,
    'exactly one receiver with device id root 2.16.840.1.113883.2.4.6.6',
  );
  need(
    attr(path(message, 'sender/device/id'), 'root') === OID.application &&
      !!attr(path(message, 'sender/device/id'), 'extension'),
    'sender device id: root 2.16.840.1.113883.2.4.6.6 and the application id',
  );
  for (const device of [path(message, 'receiver/device'), path(message, 'sender/device')])
    for (const banned of ['desc', 'existenceTime', 'manufacturerModelName', 'location'])
      need(!child(device, banned), `device/${banned} must not be used`);
  if (ack) checkControlAct(child(message, 'ControlActProcess'), at, need);
  checkUnits(message, at, problems);
  return problems;
}

function checkControlAct(
  cap: XmlElement | undefined,
  at: string,
  need: (cond: boolean, text: string) => void,
): void {
  need(!!cap, 'ControlActProcess is missing');
  if (!cap) return;
  need(attr(cap, 'moodCode') === 'EVN', 'ControlActProcess moodCode must be EVN');
  const author = child(cap, 'authorOrPerformer');
  need(attr(author, 'typeCode') === 'AUT', 'authorOrPerformer typeCode must be AUT');
  const authorPerson = path(author, 'participant/AssignedPerson');
  need(!!authorPerson, 'authorOrPerformer/participant/AssignedPerson is missing');
  const uzi = (p: XmlElement | undefined) =>
    children(p, 'id').some((i) => attr(i, 'root') === OID.uziPerson && attr(i, 'extension'));
  need(uzi(authorPerson), 'the author needs a UZI number (root 2.16.528.1.1007.3.1)');
  const overseer = child(cap, 'overseer');
  need(
    attr(overseer, 'typeCode') === 'RESP',
    'overseer typeCode RESP is required (trust level Midden)',
  );
  const overseerPerson = child(overseer, 'AssignedPerson') ?? child(overseer, 'assignedEntity');
  need(uzi(overseerPerson), 'the overseer needs a UZI number');
  need(!!child(overseerPerson, 'code'), 'the overseer needs a role code');
  const ura = (o: XmlElement | undefined) =>
    attr(
      children(o, 'id').find((i) => attr(i, 'root') === OID.ura),
      'extension',
    );
  const authorOrg = child(authorPerson, 'Organization');
  const overseerOrg = child(overseerPerson, 'Organization');
  need(
    !!ura(overseerOrg) && ura(overseerOrg) === ura(authorOrg),
    "the overseer's organisation must be the author's (same URA)",
  );
  need(!!child(overseerOrg, 'name'), "the overseer's organisation needs a name");
  need(
    !!path(overseerOrg, 'addr/city')?.text.trim(),
    "the overseer's organisation addr must hold at least the city (vestigingsplaats)",
  );
}

/** Every PQ Schakel writes is in UCUM ("stuk" is not a UCUM unit). */
function checkUnits(message: XmlElement, at: string, problems: string[]): void {
  const stack = [message];
  while (stack.length) {
    const e = stack.pop() as XmlElement;
    const unit = attr(e, 'unit');
    if (unit !== undefined && !WRITTEN_UCUM.has(unit))
      problems.push(`${at}: ${e.local} has unit "${unit}", which is not UCUM (line ${e.line})`);
    for (const c of e.children) stack.push(c);
  }
}
