import { percentile, round, type Figure } from '../../bench/figure';
import { issuePassCertificates } from '../identity/passPki';
import { createTestCa } from '../identity/testPki';
import { issueTransactionToken } from '../switchpoint/tokens';
import { listCards, openCardSession, readPass } from './card';
import { certificatesInPem } from '../identity/chain';
import { createSoftHsm } from './testing/softhsm';

/**
 * The cost of the transactietoken per query on a SoftHSM2 card: the raw RSA-2048 signature on
 * the card, and the whole token (assertion, exclusive c14n, digest, card signature). Budget: the
 * token adds at most 20 ms p95 per query. A real smartcard is slower than SoftHSM (docs/live.md).
 */
export default async function bench(): Promise<Figure[]> {
  const hsm = await createSoftHsm();
  try {
    const ca = await createTestCa();
    const certificates = await issuePassCertificates({
      ca,
      identityString: '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567',
      subjectCN: 'dr. Bench',
    });
    hsm.insertCard({ label: 'bench', pin: '123456', certificates });
    const slot = listCards(hsm.library).find((c) => c.label === 'bench');
    if (!slot) throw new Error('no bench card');
    const pass = await readPass(hsm.library, slot.slotId, certificatesInPem(ca.cert), new Date());
    const card = openCardSession(hsm.library, pass, '123456');
    const data = new TextEncoder().encode('x'.repeat(900));
    const rawTimes: number[] = [];
    const tokenTimes: number[] = [];
    for (let i = 0; i < 20; i++) await card.signer.sign(data);
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await card.signer.sign(data);
      rawTimes.push(performance.now() - t0);
    }
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      await issueTransactionToken(
        {
          organisationUra: '90000111',
          uzi: '900010001',
          role: '01.015',
          messageId: { root: '2.16.840.1.113883.2.4.6.6.900222.1', extension: String(i) },
          bsn: '999990032',
          triggerEvent: 'QUPC_TE990001NL',
          now: new Date(),
        },
        card.signer,
      );
      tokenTimes.push(performance.now() - t0);
    }
    card.close();
    const figures: Figure[] = [];
    for (const p of [50, 95] as const)
      figures.push({
        area: 'uzipass',
        name: `SoftHSM RSA-SHA256 signature p${p}`,
        value: round(percentile(rawTimes, p)),
        unit: 'ms',
      });
    const p95 = round(percentile(tokenTimes, 95));
    figures.push(
      {
        area: 'uzipass',
        name: 'transactietoken per query (build + c14n + SoftHSM signature) p50',
        value: round(percentile(tokenTimes, 50)),
        unit: 'ms',
      },
      {
        area: 'uzipass',
        name: 'transactietoken per query (build + c14n + SoftHSM signature) p95',
        value: p95,
        unit: 'ms',
        budget: '< 20 ms',
        withinBudget: p95 < 20,
      },
    );
    return figures;
  } finally {
    hsm.dispose();
  }
}
