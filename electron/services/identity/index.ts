export type { UziCertificate, UziCertificateProblem } from './readUziCertificate';
export { UziCertificateError, readUziCertificate } from './readUziCertificate';
export type { IssueUziCertificateOptions, IssuedCertificate, TestCa } from './testPki';
export { createTestCa, issueUziCertificate } from './testPki';
export { uziIdentityStringsIn, uziSubjectAltNameExtension } from './uziSubjectAltName';
