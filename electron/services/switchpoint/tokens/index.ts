/** AORTA tokens for the SOAP header (docs/live.md): the SAML transactietoken, signed by a Signer. */
export {
  issueTransactionToken,
  securityHeader,
  signAssertion,
  transactionTokenXml,
  type TransactionTokenInput,
} from './transactionToken';
export { DS_NS, SAML_NS, TOKEN_PROFILE, WSSE_NS } from './profile';
export {
  issueMandateToken,
  mandateTokenXml,
  reusableMandate,
  type MandateTokenInput,
} from './mandateToken';
