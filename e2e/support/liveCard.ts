/**
 * Test support for the live-mode e2e (run with tsx): makes a SoftHSM2 card holding a test UZI
 * pass issued by the acceptance LSP's CA in `<dataDir>/acceptance/`, and prints the SoftHSM2
 * configuration to give the host as SOFTHSM2_CONF. Usage: liveCard.ts <dataDir> <label> <pin>.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issuePassCertificates } from '../../electron/services/identity/passPki';
import { createSoftHsm } from '../../electron/services/uzipass/testing/softhsm';

const [dataDir, label, pin] = process.argv.slice(2);
if (!dataDir || !label || !pin) throw new Error('usage: liveCard.ts <dataDir> <label> <pin>');
const ca = {
  cert: readFileSync(join(dataDir, 'acceptance', 'uzi-ca.pem'), 'utf8'),
  key: readFileSync(join(dataDir, 'acceptance', 'uzi-ca.key'), 'utf8'),
};
const hsm = await createSoftHsm();
const certificates = await issuePassCertificates({
  ca,
  identityString: '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567',
  subjectCN: 'dr. A.M. de Vries',
});
hsm.insertCard({ label, pin, certificates });
hsm.library.module.finalize();
process.stdout.write(`${join(hsm.dir, 'softhsm2.conf')}\n`);
