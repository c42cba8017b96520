import { AsnConvert } from '@peculiar/asn1-schema';
import {
  DisplayText,
  GeneralName,
  OtherName,
  SubjectAlternativeName,
  id_ce_subjectAltName,
} from '@peculiar/asn1-x509';
import { UZI_IDENTITY_OTHER_NAME_OID } from '../../../shared/domain/uzi/uziIdentity';
import { x509 } from './x509';

/**
 * The subjectAltName of a UZI certificate: the identity string as otherName (type-id 2.5.5.5,
 * IA5String), plus DNS names and IP addresses for server certificates.
 *
 * @peculiar/x509's own GeneralName refuses otherNames it does not know, so the extension is
 * built and read with the ASN.1 schemas it is built on (@peculiar/asn1-x509).
 */
export function uziSubjectAltNameExtension(
  identityString: string,
  dnsNames: string[] = [],
  ipAddresses: string[] = [],
): x509.Extension {
  const names = [
    new GeneralName({
      otherName: new OtherName({
        typeId: UZI_IDENTITY_OTHER_NAME_OID,
        value: AsnConvert.serialize(new DisplayText({ ia5String: identityString })),
      }),
    }),
    ...dnsNames.map((dNSName) => new GeneralName({ dNSName })),
    ...ipAddresses.map((iPAddress) => new GeneralName({ iPAddress })),
  ];
  const value = AsnConvert.serialize(new SubjectAlternativeName(names));
  return new x509.Extension(id_ce_subjectAltName, false, value);
}

/** Every IA5String otherName 2.5.5.5 in a DER-encoded subjectAltName extension value. */
export function uziIdentityStringsIn(extensionValue: ArrayBuffer): string[] {
  const san = AsnConvert.parse(extensionValue, SubjectAlternativeName);
  const found: string[] = [];
  for (const name of san) {
    if (name.otherName?.typeId !== UZI_IDENTITY_OTHER_NAME_OID) continue;
    const text = AsnConvert.parse(name.otherName.value, DisplayText);
    if (text.ia5String !== undefined) found.push(text.ia5String);
  }
  return found;
}
