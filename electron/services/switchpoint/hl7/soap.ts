/** SOAP 1.1 envelope and fault (messages.md §6): the interaction is the only child of Body. */
import { el, serialize, type XmlNode } from './xml/write';
import { SOAP_NS } from './namespaces';

/** The full SOAP 1.1 message text (UTF-8 declaration included). Header blocks are optional. */
export function soapEnvelope(body: XmlNode, header: XmlNode[] = []): string {
  return serialize(
    el(
      'soap:Envelope',
      { 'xmlns:soap': SOAP_NS },
      header.length ? el('soap:Header', {}, ...header) : null,
      el('soap:Body', {}, body),
    ),
    { declaration: true },
  );
}

export interface SoapFault {
  /** 'Client' or 'Server' (written as soap:Client / soap:Server) or another QName. */
  code: string;
  message: string;
  actor?: string | null;
  detail?: string | null;
}

export function soapFault(f: SoapFault): string {
  const faultcode = f.code.includes(':') ? f.code : `soap:${f.code}`;
  return soapEnvelope(
    el(
      'soap:Fault',
      {},
      el('faultcode', {}, faultcode),
      el('faultstring', {}, f.message),
      f.actor ? el('faultactor', {}, f.actor) : null,
      f.detail ? el('detail', {}, f.detail) : null,
    ),
  );
}
