import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIdentities } from '../demo/identities';
import { must } from '../demo/must';
import { createDemoSigners, demoPassIdentityString } from '../demo/pki/passSigners';
import { parseRequest } from '../demo/simulator/hl7/readRequest';
import { TOKEN_DETAIL, verifyTransactionToken } from '../demo/simulator/verifyToken';
import { certificatesInPem } from '../services/identity/chain';
import { issuePassCertificates } from '../services/identity/passPki';
import { createTestCa } from '../services/identity/testPki';
import { SwitchpointError } from '../services/switchpoint/client/errors';
import { requesterFor, type Requester } from '../services/switchpoint/client/requester';
import { buildSummaryQuery } from '../services/switchpoint/hl7/requests/queries';
import { soapEnvelope } from '../services/switchpoint/hl7/soap';
import { el } from '../services/switchpoint/hl7/xml/write';
import {
  issueTransactionToken,
  reusableMandate,
  securityHeader,
} from '../services/switchpoint/tokens';
import { softwareSigner, type Signer } from '../services/uzipass/signer';
import { startLoopbackHarness, type LoopbackHarness } from './loopbackHarness';

let h: LoopbackHarness;
const BSN = '999990032';
const gp = must(demoIdentities.find((i) => i.id === 'hap-huisarts'));

beforeAll(async () => {
  h = await startLoopbackHarness({ scenario: { defaultLatencyMs: 0 } });
}, 60_000);
afterAll(() => h.close());

async function refusal(promise: Promise<unknown>): Promise<SwitchpointError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SwitchpointError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A summary query for the GP with a token made by `token` (or none), as the simulator reads it. */
async function crafted(
  token: (message: ReturnType<typeof buildSummaryQuery>) => Promise<string | null>,
  now = new Date(),
) {
  const r: Requester = requesterFor(gp);
  const message = buildSummaryQuery({
    bsn: BSN,
    author: r.author,
    overseer: r.overseer,
    senderApplicationId: '900111',
    now,
  });
  const signed = await token(message);
  const text = signed
    ? soapEnvelope(message.node, [el('slot')]).replace('<slot/>', securityHeader([signed]))
    : message.xml;
  return verifyTransactionToken(text, parseRequest(text), certificatesInPem(h.pki.ca), now);
}

const tokenInput = (message: ReturnType<typeof buildSummaryQuery>, now: Date) => ({
  organisationUra: gp.organisation.ura,
  uzi: gp.person.uziNumber,
  role: gp.person.roleCode,
  messageId: message.messageId,
  bsn: BSN,
  triggerEvent: 'QUPC_TE990001NL',
  now,
});

describe('the simulated LSP verifies the transactietoken', () => {
  it('a demo identity’s token passes, and the query is answered', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const result = await client.querySummary(BSN, requester);
    expect(result.data.results.length).toBeGreaterThan(0);
    const check = await crafted(async (m) =>
      issueTransactionToken(tokenInput(m, new Date()), h.signerFor(gp.person.uziNumber) as Signer),
    );
    expect(check).toEqual({ ok: true, uzi: '900010001', role: '01.015' });
  });

  it('no token: refused, and the app’s error says so', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const error = await refusal(client.querySummary(BSN, { ...requester, signer: null }));
    expect(error.code).toBe('NOT_AUTHORISED');
    expect(error.message).toContain(TOKEN_DETAIL.missing.code);
    expect(error.message).toContain('geen ondertekend transactietoken');
    expect(h.simulator.log.entries(1)[0]).toMatchObject({
      outcome: 'refused',
      reasonCode: TOKEN_DETAIL.missing.code, // what the trainer panel translates
    });
    expect(h.simulator.log.entries(1)[0]?.reason).toMatch(/transactietoken: no transactietoken/);
  });

  it('NameID is not the authorOrPerformer (signed with another person’s pass): refused', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const other = h.signerFor('900020002');
    const error = await refusal(client.querySummary(BSN, { ...requester, signer: other }));
    // the client writes the author's UZI in NameID; the certificate is someone else's
    expect(error.message).toContain(TOKEN_DETAIL.nameId.code);
    expect(error.message).toContain('niet de gebruiker in het bericht');
  });

  it('a pass from a foreign CA: refused for its certificate', async () => {
    const foreignCa = await createTestCa({ commonName: 'Foreign CA' });
    const [auth] = await issuePassCertificates({
      ca: foreignCa,
      identityString: demoPassIdentityString(gp),
      subjectCN: gp.person.name,
      uses: ['authentication'],
    });
    if (!auth) throw new Error('no pass');
    const { client, requester } = h.clientFor('hap-huisarts');
    const error = await refusal(
      client.querySummary(BSN, { ...requester, signer: softwareSigner(auth.cert, auth.key) }),
    );
    expect(error.message).toContain(TOKEN_DETAIL.certificate.code);
  });

  it('a wrong audience: refused', async () => {
    const signer = h.signerFor(gp.person.uziNumber) as Signer;
    const check = await crafted((m) =>
      issueTransactionToken({ ...tokenInput(m, new Date()), audience: 'urn:someone:else' }, signer),
    );
    expect(check).toMatchObject({ ok: false, detail: TOKEN_DETAIL.audience });
  });

  it('an expired window: refused', async () => {
    const signer = h.signerFor(gp.person.uziNumber) as Signer;
    const now = new Date();
    const check = await crafted(
      (m) =>
        issueTransactionToken({ ...tokenInput(m, new Date(now.getTime() - 10 * 60_000)) }, signer),
      now,
    );
    expect(check).toMatchObject({ ok: false, detail: TOKEN_DETAIL.window });
  });

  it('a token for another message or BSN: refused', async () => {
    const signer = h.signerFor(gp.person.uziNumber) as Signer;
    const check = await crafted((m) =>
      issueTransactionToken({ ...tokenInput(m, new Date()), bsn: '999990007' }, signer),
    );
    expect(check).toMatchObject({ ok: false, detail: TOKEN_DETAIL.message });
  });

  it('a token changed after signing: refused for its signature', async () => {
    const signer = h.signerFor(gp.person.uziNumber) as Signer;
    const check = await crafted(async (m) =>
      (await issueTransactionToken(tokenInput(m, new Date()), signer)).replace(
        'IIext:90000111',
        'IIext:90000222',
      ),
    );
    expect(check).toMatchObject({ ok: false, detail: TOKEN_DETAIL.signature });
  });

  it('a mandated employee (triagist under the GP) is answered with the GP’s mandaattoken', async () => {
    const { client, requester } = h.clientFor('triagist');
    expect(requester.mandate).not.toBeNull();
    const result = await client.querySummary('999990147', requester);
    expect(result.data.results.length).toBeGreaterThan(0);
    const token = await must(requester.mandate)();
    expect(token).toContain('urn:nl:aorta:mandaattoken:mandator');
    expect(token).toContain('900010001:01.015');
    // reused for its validity: the same token again
    expect(await must(requester.mandate)()).toBe(token);
  });

  it('a mandated employee without a mandaattoken: refused, and the app says why', async () => {
    const { client, requester } = h.clientFor('triagist');
    const error = await refusal(client.querySummary('999990147', { ...requester, mandate: null }));
    expect(error.message).toContain(TOKEN_DETAIL.mandate.code);
    expect(error.message).toContain('mandaattoken');
    expect(h.simulator.log.entries(1)[0]?.reason).toMatch(/no mandaattoken/);
  });

  it('a mandaattoken signed with the GP’s authentication key (not non-repudiation): refused', async () => {
    const { client, requester } = h.clientFor('triagist');
    const triagist = must(demoIdentities.find((i) => i.id === 'triagist'));
    const wrongKey = reusableMandate(
      (now) => ({
        organisationUra: triagist.organisation.ura,
        employeeUzi: triagist.person.uziNumber,
        mandator: { uzi: gp.person.uziNumber, role: gp.person.roleCode },
        now,
      }),
      must(h.signerFor(gp.person.uziNumber)),
    );
    const error = await refusal(
      client.querySummary('999990147', { ...requester, mandate: wrongKey }),
    );
    expect(error.message).toContain(TOKEN_DETAIL.mandate.code);
    expect(h.simulator.log.entries(1)[0]?.reason).toMatch(/non-repudiation/);
  });

  it('demo signers exist for every demo identity', async () => {
    const signers = await createDemoSigners(h.pki);
    for (const identity of demoIdentities)
      expect(signers(identity.person.uziNumber)).not.toBeNull();
  });
});
