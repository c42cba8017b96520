/**
 * Everything about the AORTA token that the public sources leave open, in one place
 * (docs/live.md "What is not known yet"): which token generation the production LSP wants, the
 * algorithms, the attribute names and the validity window. Change it here, nowhere else.
 */
export const TOKEN_PROFILE = {
  /** 'saml-transactietoken' (AORTA 2018+) is built; the 805 authenticationTokens are not. */
  generation: 'saml-transactietoken',
  signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  canonicalization: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  /** Issuer: the URA of the initiating organisation. */
  issuerFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:entity',
  issuer: (ura: string) => `urn:IIroot:2.16.528.1.1007.3.3:IIext:${ura}`,
  /** The audience: the ZIM (application id 1 under the AORTA application root). */
  audience: 'urn:IIroot:2.16.840.1.113883.2.4.6.6:IIext:1',
  holderOfKey: 'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key',
  /** Validity window: starts a little before now (clock skew), ends after `windowSeconds`. */
  skewSeconds: 60,
  windowSeconds: 300,
  /** Attribute names for the message the token belongs to: [uncertain], this project's names. */
  attributes: {
    messageId: 'urn:nl:aorta:transactietoken:messageId',
    bsn: 'urn:nl:aorta:transactietoken:bsn',
    triggerEvent: 'urn:nl:aorta:transactietoken:triggerEventId',
  },
  /**
   * The mandaattoken of a mandated employee, signed with the GP's non-repudiation key and reused
   * for its validity: attribute names, the rule value and the window are [uncertain], this
   * project's choices.
   */
  mandate: {
    windowSeconds: 8 * 60 * 60,
    attributes: {
      tokenType: 'urn:nl:aorta:token:type',
      mandator: 'urn:nl:aorta:mandaattoken:mandator',
      rule: 'urn:nl:aorta:mandaattoken:autorisatieregel',
    },
    tokenType: 'mandaattoken',
    rule: 'waarneming-onder-verantwoordelijkheid',
  },
} as const;

export const SAML_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const DS_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const WSSE_NS =
  'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
