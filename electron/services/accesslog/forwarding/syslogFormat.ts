import type { AccessLogRecord } from '../../../../shared/domain/accessEvent';
import { toAuditEvent } from '../exportFhir';

/**
 * RFC 5424 syslog messages for IHE ATNA (docs/accesslog.md §Forwarding), framed per RFC 5425
 * (octet counting: `MSG-LEN SP SYSLOG-MSG`). One message per access-log entry, MSG = the entry
 * as a FHIR R4 AuditEvent (the BALP patterns of the export) in UTF-8 with a BOM; one message
 * per checkpoint.
 */

/** PRI: facility 10 (security/authorization) × 8 + severity 5 (notice), as IHE ATNA uses. */
export const PRI = 85;
export const APP_NAME = 'schakel';
/** MSGID of an entry (a FHIR AuditEvent in JSON) and of a forwarding checkpoint. */
export const MSGID_ENTRY = 'IHE+FHIR';
export const MSGID_CHECKPOINT = 'SCHAKEL-CKPT';
/**
 * The SD-IDs, `name@<private enterprise number>`. 32473 is the number IANA reserves for examples
 * (RFC 5612); an organisation that registers its own puts it here.
 */
export const SD_ENTRY = 'schakel-entry@32473';
export const SD_CHECKPOINT = 'schakel-checkpoint@32473';

const BOM = '\uFEFF';

/** HOSTNAME, APP-NAME etc. are PRINTUSASCII without spaces (RFC 5424 §6.2); anything else → '_'. */
export const headerField = (value: string, max: number): string =>
  value.replace(/[^\x21-\x7e]/g, '_').slice(0, max) || '-';

/** An SD-PARAM value with `"`, `\` and `]` escaped (RFC 5424 §6.3.3). */
const param = (value: string | number) => String(value).replace(/["\\\]]/g, (c) => `\\${c}`);

function message(
  time: string,
  host: string,
  msgId: string,
  sdId: string,
  params: Record<string, string | number>,
  body: string,
): string {
  const sd = Object.entries(params)
    .map(([k, v]) => ` ${k}="${param(v)}"`)
    .join('');
  return `<${PRI}>1 ${time} ${headerField(host, 255)} ${APP_NAME} - ${msgId} [${sdId}${sd}] ${BOM}${body}`;
}

/** One entry as a syslog message: structured data with its id, hash and its predecessor's hash. */
export function entryMessage(record: AccessLogRecord, hash: string, previous: string): string {
  return message(
    record.time,
    record.workstation,
    MSGID_ENTRY,
    SD_ENTRY,
    {
      id: record.id,
      hash,
      prev: previous,
      installation: record.installationId,
      mode: record.demo ? 'demo' : 'live',
    },
    JSON.stringify(toAuditEvent(record)),
  );
}

/** A forwarding checkpoint as a syslog message (its JSON is the MSG). */
export function checkpointMessage(
  host: string,
  checkpoint: { time: string; headId: number; headHash: string; installationId: string },
  json: string,
): string {
  return message(
    checkpoint.time,
    host,
    MSGID_CHECKPOINT,
    SD_CHECKPOINT,
    {
      head: checkpoint.headId,
      hash: checkpoint.headHash,
      installation: checkpoint.installationId,
    },
    json,
  );
}

/** RFC 5425 octet-counting frame: the byte length of the message, a space, the message. */
export function frame(syslogMessage: string): Buffer {
  const body = Buffer.from(syslogMessage, 'utf8');
  return Buffer.concat([Buffer.from(`${body.length} `, 'ascii'), body]);
}

/** A received message (a line of the collector's file: the raw message without its frame). */
export interface ParsedMessage {
  msgId: string;
  sdId: string;
  params: Record<string, string>;
  body: string;
}

/** Parses the messages this module writes (not any RFC 5424 message: one SD element, no NILVALUE SD). */
export function parseMessage(raw: string): ParsedMessage | null {
  const head = /^<\d{1,3}>1 \S+ \S+ \S+ \S+ (\S+) \[([^\s\]]+)/.exec(raw);
  if (!head) return null;
  const [, msgId, sdId] = head as unknown as [string, string, string];
  let i = head[0].length;
  const params: Record<string, string> = {};
  for (;;) {
    const p = /^ ([^=\s"\]]+)="/.exec(raw.slice(i));
    if (!p) break;
    i += p[0].length;
    let value = '';
    while (i < raw.length && raw[i] !== '"') {
      if (raw[i] === '\\' && i + 1 < raw.length) i += 1;
      value += raw[i];
      i += 1;
    }
    i += 1; // closing quote
    params[p[1] as string] = value;
  }
  if (raw[i] !== ']') return null;
  let body = raw.slice(i + 1);
  if (body.startsWith(' ')) body = body.slice(1);
  if (body.startsWith(BOM)) body = body.slice(1);
  return { msgId, sdId, params, body };
}
