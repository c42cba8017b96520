/**
 * The transport over real TLS: the answer decoded by its BOM and XML declaration, invalid bytes
 * refused with the encoding named, and reading stopped at the size limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDemoPki, type DemoPki } from '../demo/pki/demoPki';
import { demoOrganisations } from '../demo/pki/organisations';
import { createTlsAgent, postSoap } from '../services/switchpoint/client/transport';
import { SwitchpointError } from '../services/switchpoint/client/errors';

let pki: DemoPki;
let server: Server;
let url: URL;
let answer: { type: string; chunks: Buffer[] } = { type: 'text/xml', chunks: [] };
let written = 0;

beforeAll(async () => {
  pki = await createDemoPki({ organisations: demoOrganisations() });
  server = createServer(
    { cert: pki.switchpoint.cert, key: pki.switchpoint.key, ca: pki.ca, requestCert: true },
    (req, res) => {
      req.resume();
      req.on('end', async () => {
        res.writeHead(200, { 'content-type': answer.type });
        written = 0;
        for (const c of answer.chunks) {
          if (res.destroyed) break;
          written += c.length;
          res.write(c);
          await new Promise((r) => setImmediate(r));
        }
        res.end();
      });
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = new URL(`https://localhost:${(server.address() as AddressInfo).port}/`);
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (maxBytes?: number) => {
  const [system] = Object.values(pki.systems);
  const agent = createTlsAgent({ cert: system?.cert ?? '', key: system?.key ?? '', ca: pki.ca });
  const texts: string[] = [];
  return postSoap(agent, {
    url,
    body: '<x/>',
    soapAction: 'x',
    correlationId: 'c',
    connectTimeoutMs: 5000,
    totalTimeoutMs: 10_000,
    onText: (t) => texts.push(t),
    ...(maxBytes ? { maxBytes } : {}),
  }).then((reply) => ({ reply, texts }));
};

describe('transport decoding and limit', () => {
  it('ISO-8859-1 by its declaration, split mid-character', async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Crème Zoë</a>';
    const bytes = Buffer.from(xml, 'latin1');
    answer = { type: 'text/xml', chunks: [bytes.subarray(0, 20), bytes.subarray(20)] };
    const { reply, texts } = await post();
    expect(reply.text).toBe(xml);
    expect(texts.join('')).toBe(xml);
  });
  it('UTF-16 LE with a BOM', async () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><a>€ Zoë</a>';
    answer = {
      type: 'text/xml; charset=utf-16',
      chunks: [Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')],
    };
    expect((await post()).reply.text).toBe(xml);
  });
  it('invalid UTF-8 is refused as MALFORMED_MESSAGE naming the encoding', async () => {
    answer = {
      type: 'text/xml',
      chunks: [Buffer.from('<a>'), Buffer.from([0xc3, 0x28]), Buffer.from('</a>')],
    };
    const error = await post().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SwitchpointError);
    expect((error as SwitchpointError).code).toBe('MALFORMED_MESSAGE');
    expect((error as SwitchpointError).message).toMatch(/not valid UTF-8/);
  });
  it('stops reading at the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    answer = {
      type: 'text/xml',
      chunks: [Buffer.from('<a>'), ...Array.from({ length: 64 }, () => chunk)],
    };
    const error = await post(256 * 1024).catch((e: unknown) => e);
    expect((error as SwitchpointError).message).toMatch(/larger than the limit of 262144 bytes/);
    await new Promise((r) => setTimeout(r, 100));
    expect(written).toBeLessThan(64 * 64 * 1024);
  });
});
