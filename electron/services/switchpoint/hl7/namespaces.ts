/** XML namespaces the codec reads and writes. */
export const HL7_NS = 'urn:hl7-org:v3';
export const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
