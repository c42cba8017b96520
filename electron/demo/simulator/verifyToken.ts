import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { verifyChain } from '../../services/identity/chain';
import { readUziCertificate } from '../../services/identity/readUziCertificate';
import { passCertificateUse } from '../../services/identity/passPki';
import { x509 } from '../../services/identity/x509';
import type { UziIdentity } from '../../../shared/domain/uzi';
import { TRIGGER_EVENTS } from '../../services/switchpoint/hl7/oids';
import { DS_NS, SAML_NS, TOKEN_PROFILE, WSSE_NS } from '../../services/switchpoint/tokens';
import type { ParsedRequest } from './hl7/readRequest';

/**
 * The simulated LSP's token checks, as the LSP does them (docs/live.md): exactly one signed SAML
 * transactietoken in the WS-Security header; the signature valid with the holder-of-key
 * certificate; that certificate under the UZI trust anchors and valid; NameID = the
 * certificate's UZI:role = the ControlAct's authorOrPerformer; Issuer = the sending
 * organisation; received within the window; audience the ZIM; and the token is for this message
 * (id, BSN, trigger). Detail codes are this project's (the ZIM Foutentabel is not public).
 */
export const TOKEN_DETAIL = {
  missing: { code: 'TOKEN_ONTBREEKT', text: 'Het bericht heeft geen ondertekend transactietoken.' },
  signature: {
    code: 'TOKEN_HANDTEKENING',
    text: 'De handtekening van het transactietoken is ongeldig.',
  },
  certificate: {
    code: 'TOKEN_CERTIFICAAT',
    text: 'Het certificaat van de UZI-pas is niet geldig of niet van het UZI-register.',
  },
  nameId: {
    code: 'TOKEN_NAMEID',
    text: 'De ondertekenaar van het token is niet de gebruiker in het bericht.',
  },
  issuer: { code: 'TOKEN_UITGEVER', text: 'Het token is niet van de verzendende organisatie.' },
  window: { code: 'TOKEN_VERLOPEN', text: 'Het transactietoken is verlopen of nog niet geldig.' },
  audience: { code: 'TOKEN_AUDIENCE', text: 'Het transactietoken is niet voor het LSP bestemd.' },
  message: { code: 'TOKEN_BERICHT', text: 'Het transactietoken hoort niet bij dit bericht.' },
  mandate: {
    code: 'TOKEN_MANDAAT',
    text: 'Een gemandateerde medewerker heeft een geldig mandaattoken van de verantwoordelijke zorgverlener nodig.',
  },
} as const;

export type TokenDetail = (typeof TOKEN_DETAIL)[keyof typeof TOKEN_DETAIL];
export type TokenCheck =
  { ok: true; uzi: string; role: string } | { ok: false; detail: TokenDetail; reason: string };

type El = Element;
const childrenNs = (parent: El | Document, ns: string, local: string): El[] => {
  const found: El[] = [];
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as El;
    if (node.nodeType === 1 && node.namespaceURI === ns && node.localName === local)
      found.push(node);
  }
  return found;
};
const first = (parent: El | undefined, ns: string, local: string): El | undefined =>
  parent ? childrenNs(parent, ns, local)[0] : undefined;
const text = (e: El | undefined) => (e?.textContent ?? '').trim();
const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const pemOf = (base64: string) =>
  `-----BEGIN CERTIFICATE-----\n${(base64.replace(/\s+/g, '').match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;

function refuse(detail: TokenDetail, reason: string): TokenCheck {
  return { ok: false, detail, reason };
}

/** The attributes of an assertion by name (first value each). */
function attributesOf(assertion: El): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const statement of childrenNs(assertion, SAML_NS, 'AttributeStatement'))
    for (const a of childrenNs(statement, SAML_NS, 'Attribute'))
      attributes.set(a.getAttribute('Name') ?? '', text(first(a, SAML_NS, 'AttributeValue')));
  return attributes;
}

const isMandate = (assertion: El) =>
  attributesOf(assertion).get(TOKEN_PROFILE.mandate.attributes.tokenType) ===
  TOKEN_PROFILE.mandate.tokenType;

type Signed =
  | { ok: true; signedDoc: El; certificatePem: string; identity: UziIdentity }
  | { ok: false; refusal: TokenCheck & { ok: false } };

/**
 * One signed assertion: the signature with its holder-of-key certificate, read back from what
 * was signed (not from the document around it: signature wrapping), the certificate under the
 * trust anchors and valid, its UZI identity.
 */
async function verifySigned(
  soapText: string,
  assertion: El,
  trustAnchors: x509.X509Certificate[],
  now: Date,
  detail: TokenDetail,
): Promise<Signed> {
  const no = (d: TokenDetail, reason: string): Signed => ({
    ok: false,
    refusal: { ok: false, detail: d, reason },
  });
  const signatureNode = first(assertion, DS_NS, 'Signature');
  const hokText = text(
    first(
      first(
        first(
          first(
            first(first(assertion, SAML_NS, 'Subject'), SAML_NS, 'SubjectConfirmation'),
            SAML_NS,
            'SubjectConfirmationData',
          ),
          DS_NS,
          'KeyInfo',
        ),
        DS_NS,
        'X509Data',
      ),
      DS_NS,
      'X509Certificate',
    ),
  );
  if (!signatureNode || !hokText)
    return no(detail, 'the token is not signed or names no certificate');
  const certificatePem = pemOf(hokText);
  const sig = new SignedXml({ publicCert: certificatePem });
  let valid = false;
  try {
    sig.loadSignature(signatureNode);
    // The assertion on its own: exclusive c14n does not depend on the envelope around it, and
    // xml-crypto then searches the referenced id in the token only.
    valid = sig.checkSignature(new XMLSerializer().serializeToString(assertion));
  } catch (error) {
    return no(TOKEN_DETAIL.signature, (error as Error).message);
  }
  if (!valid) return no(TOKEN_DETAIL.signature, 'signature does not verify');
  if (
    sig.signatureAlgorithm !== TOKEN_PROFILE.signatureAlgorithm ||
    sig.canonicalizationAlgorithm !== TOKEN_PROFILE.canonicalization
  )
    return no(
      TOKEN_DETAIL.signature,
      `algorithm ${sig.signatureAlgorithm ?? '?'} is not the profile's`,
    );
  const signed = sig.getSignedReferences();
  if (signed.length !== 1)
    return no(TOKEN_DETAIL.signature, 'the signature must cover the token only');
  const signedDoc = new DOMParser().parseFromString(
    signed[0] as string,
    'text/xml',
  ).documentElement;
  if (!signedDoc || signedDoc.namespaceURI !== SAML_NS || signedDoc.localName !== 'Assertion')
    return no(TOKEN_DETAIL.signature, 'the signature does not cover the assertion');
  if (
    signedDoc.getAttribute('ID') !== assertion.getAttribute('ID') ||
    signedDoc.getAttribute('Version') !== '2.0'
  )
    return no(TOKEN_DETAIL.signature, 'the signed assertion is not the token in the header');
  const checked = await certificateCheck(certificatePem, trustAnchors, now);
  if (!checked.ok) return no(TOKEN_DETAIL.certificate, checked.message);
  return { ok: true, signedDoc, certificatePem, identity: checked.identity };
}

type CertificateCheck = { ok: true; identity: UziIdentity } | { ok: false; message: string };
const checkedCertificates = new Map<string, { check: CertificateCheck; until: number }>();

/**
 * The chain and the UZI identity of a signing certificate, kept a minute per certificate (the
 * same pass signs every query of a session), never past the certificate's own end.
 */
async function certificateCheck(
  certificatePem: string,
  trustAnchors: x509.X509Certificate[],
  now: Date,
): Promise<CertificateCheck> {
  const key = `${trustAnchors.map((a) => a.serialNumber).join(',')}|${certificatePem}`;
  const cached = checkedCertificates.get(key);
  if (cached && now.getTime() < cached.until) return cached.check;
  const chain = await verifyChain(certificatePem, trustAnchors, now);
  let check: CertificateCheck;
  let until = now.getTime() + 60_000;
  if (!chain.ok) check = { ok: false, message: chain.message };
  else
    try {
      const read = readUziCertificate(certificatePem);
      check = { ok: true, identity: read.identity };
      until = Math.min(until, read.notAfter.getTime());
    } catch (error) {
      check = { ok: false, message: (error as Error).message };
    }
  if (checkedCertificates.size > 1000) checkedCertificates.clear();
  checkedCertificates.set(key, { check, until });
  return check;
}

/** NotBefore ≤ now < NotOnOrAfter, the ZIM among the audiences; null when both hold. */
function conditionsProblem(signedDoc: El, now: Date, longest: number): TokenCheck | null {
  const conditions = first(signedDoc, SAML_NS, 'Conditions');
  const notBefore = Date.parse(conditions?.getAttribute('NotBefore') ?? '');
  const notOnOrAfter = Date.parse(conditions?.getAttribute('NotOnOrAfter') ?? '');
  if (!(notBefore <= now.getTime() && now.getTime() < notOnOrAfter))
    return refuse(
      TOKEN_DETAIL.window,
      `received at ${now.toISOString()}, outside the token's window`,
    );
  if (notOnOrAfter - notBefore > longest)
    return refuse(TOKEN_DETAIL.window, 'the window is longer than allowed');
  const audiences = conditions
    ? childrenNs(conditions, SAML_NS, 'AudienceRestriction').flatMap((r) =>
        childrenNs(r, SAML_NS, 'Audience').map(text),
      )
    : [];
  if (!audiences.includes(TOKEN_PROFILE.audience))
    return refuse(
      TOKEN_DETAIL.audience,
      `audience ${audiences.join(', ') || 'none'} is not the ZIM`,
    );
  return null;
}

export async function verifyTransactionToken(
  soapText: string,
  request: ParsedRequest,
  trustAnchors: x509.X509Certificate[],
  now: Date,
): Promise<TokenCheck> {
  // The text already passed the codec's own parser (no DOCTYPE, size and depth limits).
  const doc = new DOMParser().parseFromString(soapText, 'text/xml');
  const envelope = doc.documentElement;
  const header = envelope ? first(envelope, SOAP_NS, 'Header') : undefined;
  const security = first(header, WSSE_NS, 'Security');
  const assertions = security ? childrenNs(security, SAML_NS, 'Assertion') : [];
  const transactionTokens = assertions.filter((a) => !isMandate(a));
  const mandates = assertions.filter(isMandate);
  if (transactionTokens.length !== 1)
    return refuse(
      TOKEN_DETAIL.missing,
      transactionTokens.length ? 'more than one transactietoken' : 'no transactietoken',
    );
  const verified = await verifySigned(
    soapText,
    transactionTokens[0] as El,
    trustAnchors,
    now,
    TOKEN_DETAIL.missing,
  );
  if (!verified.ok) return verified.refusal;
  const { signedDoc, identity } = verified;
  if (identity.passType === 'server')
    return refuse(TOKEN_DETAIL.certificate, 'a server certificate names no person');

  const nameId = text(first(first(signedDoc, SAML_NS, 'Subject'), SAML_NS, 'NameID'));
  const ofCertificate = `${identity.uziNumber}:${identity.roleCode}`;
  const ofMessage = `${request.author.uzi}:${request.author.role ?? '00.000'}`;
  if (nameId !== ofCertificate)
    return refuse(
      TOKEN_DETAIL.nameId,
      `NameID ${nameId} is not the certificate's ${ofCertificate}`,
    );
  if (nameId !== ofMessage)
    return refuse(
      TOKEN_DETAIL.nameId,
      `NameID ${nameId} is not the authorOrPerformer ${ofMessage}`,
    );

  const issuer = text(first(signedDoc, SAML_NS, 'Issuer'));
  const organisation = request.author.organisation.ura ?? '';
  if (issuer !== TOKEN_PROFILE.issuer(organisation))
    return refuse(TOKEN_DETAIL.issuer, `issuer ${issuer} is not organisation ${organisation}`);
  const conditions = conditionsProblem(signedDoc, now, 60 * 60 * 1000);
  if (conditions) return conditions;

  const attributes = attributesOf(signedDoc);
  const names = TOKEN_PROFILE.attributes;
  const expected: [string, string | null][] = [
    [names.messageId, `${request.messageId.root}^${request.messageId.extension}`],
    [names.bsn, request.bsn],
    [names.triggerEvent, TRIGGER_EVENTS[request.interaction]],
  ];
  for (const [name, value] of expected)
    if ((attributes.get(name) ?? null) !== value)
      return refuse(TOKEN_DETAIL.message, `${name} in the token is not the message's`);

  // Acting under someone else's responsibility needs that person's mandaattoken.
  if (request.overseer.uzi !== request.author.uzi) {
    const mandate = await verifyMandate(soapText, mandates, request, trustAnchors, now);
    if (mandate) return mandate;
  }
  return { ok: true, uzi: identity.uziNumber, role: identity.roleCode };
}

/**
 * The mandaattoken: signed with the overseer's non-repudiation certificate (a care professional
 * pass, under the anchors), same organisation, for this employee, within its window.
 */
async function verifyMandate(
  soapText: string,
  mandates: El[],
  request: ParsedRequest,
  trustAnchors: x509.X509Certificate[],
  now: Date,
): Promise<TokenCheck | null> {
  const no = (reason: string) => refuse(TOKEN_DETAIL.mandate, reason);
  if (mandates.length !== 1)
    return no(mandates.length ? 'more than one mandaattoken' : 'no mandaattoken');
  const verified = await verifySigned(
    soapText,
    mandates[0] as El,
    trustAnchors,
    now,
    TOKEN_DETAIL.mandate,
  );
  if (!verified.ok) return { ...verified.refusal, detail: TOKEN_DETAIL.mandate };
  const { signedDoc, identity, certificatePem } = verified;
  const certificate = new x509.X509Certificate(certificatePem);
  if (passCertificateUse(certificate) !== 'non-repudiation')
    return no('the mandaattoken is not signed with a non-repudiation certificate');
  if (identity.passType !== 'zorgverlener') return no('only a care professional can mandate');
  const overseer = `${request.overseer.uzi}:${request.overseer.role ?? ''}`;
  if (`${identity.uziNumber}:${identity.roleCode}` !== overseer)
    return no(`signed by ${identity.uziNumber}, not by the overseer ${request.overseer.uzi}`);
  const attributes = attributesOf(signedDoc);
  if (attributes.get(TOKEN_PROFILE.mandate.attributes.mandator) !== overseer)
    return no('the mandaattoken names another mandator');
  const organisation = request.author.organisation.ura ?? '';
  if (text(first(signedDoc, SAML_NS, 'Issuer')) !== TOKEN_PROFILE.issuer(organisation))
    return no('the mandaattoken is from another organisation');
  const nameId = text(first(first(signedDoc, SAML_NS, 'Subject'), SAML_NS, 'NameID'));
  if (nameId !== `${request.author.uzi}:00.000`) return no('the mandaattoken is for someone else');
  const conditions = conditionsProblem(signedDoc, now, 24 * 60 * 60 * 1000);
  if (conditions && !conditions.ok) return no(`mandaattoken: ${conditions.reason}`);
  return null;
}
