/**
 * `npm run switchpoint -- [--port N] [--host H] [--latency MS] [--crisis] [--regions]`: the
 * simulated LSP on its own, for a classroom. Loopback unless --host is given. The first line of
 * output is the endpoint URL; the demo PKI lives in <dataDir>/demo-pki/ (SCHAKEL_DATA_DIR honoured).
 */
import { isIP } from 'node:net';
import { rmSync } from 'node:fs';
import { writePrivateFile } from '../services/db/privateFiles';
import { join } from 'node:path';
import { dataDir } from '../config/dataDir';
import { issueSwitchpointCertificate } from './pki/demoPki';
import { demoPkiDir, loadOrCreateDemoPki } from './pki/store';
import { startSimulator } from './simulator/server';
import { acceptanceLiveConfig, loadOrCreateAcceptancePki } from './acceptance/acceptancePki';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}

export const ENDPOINT_FILE = 'demo-switchpoint.json';

/**
 * `--acceptance`: the simulator as an "acceptance LSP" with its own PKI in <dataDir>/acceptance/
 * (not the demo PKI), so the app in SCHAKEL_MODE=live connects to it as to the real ZIM. Writes
 * acceptance/live-config.example.json to copy to <dataDir>/live-config.json (docs/live.md).
 */
async function acceptance(args: string[]): Promise<void> {
  const dir = dataDir();
  const files = await loadOrCreateAcceptancePki(dir);
  const simulator = await startSimulator({
    port: number(option(args, 'port'), 'port', 0),
    host: '127.0.0.1',
    pki: files.pki,
    scenario: { defaultLatencyMs: number(option(args, 'latency'), 'latency', 40) },
  });
  const example = join(files.dir, 'live-config.example.json');
  const module = option(args, 'pkcs11') ?? '/usr/lib/softhsm/libsofthsm2.so';
  writePrivateFile(
    example,
    `${JSON.stringify(acceptanceLiveConfig(files, simulator.url, module), null, 2)}\n`,
  );
  process.stdout.write(
    [
      simulator.url,
      `Acceptance LSP (own PKI, not the demo PKI) listening on ${simulator.url}`,
      `trust anchor: ${files.caFile}`,
      `system certificate: ${files.systemCertFile} / ${files.systemKeyFile}`,
      `live configuration for this LSP: ${example}`,
      `  cp ${example} ${join(dir, 'live-config.json')} && npm run cli -- live check`,
      '',
    ].join('\n'),
  );
  const stop = () => void simulator.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(args: string[]): Promise<void> {
  if (args.includes('--acceptance')) return acceptance(args);
  const port = number(option(args, 'port'), 'port', 0);
  const host = option(args, 'host') ?? '127.0.0.1';
  const dir = dataDir();
  const pki = await loadOrCreateDemoPki(dir);
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  if (!loopback) {
    if (!pki.caKey)
      throw new Error('the demo PKI has no CA key: delete demo-pki/ to make a new one');
    const name = host === '0.0.0.0' || host === '::' ? null : host;
    pki.switchpoint = await issueSwitchpointCertificate(
      { cert: pki.ca, key: pki.caKey },
      { dns: name && !isIP(name) ? [name] : [], ips: name && isIP(name) ? [name] : [] },
    );
  }
  const simulator = await startSimulator({
    port,
    host,
    pki,
    scenario: {
      defaultLatencyMs: number(option(args, 'latency'), 'latency', 40),
      crisisRegime: args.includes('--crisis'),
      regions: args.includes('--regions'),
    },
  });
  process.stdout.write(`${simulator.url}\n`);
  const endpointFile = join(dir, ENDPOINT_FILE);
  writePrivateFile(endpointFile, `${JSON.stringify({ url: simulator.url, pid: process.pid })}\n`);
  process.stdout.write(
    [
      `Gesimuleerd LSP (demo) listening on ${simulator.url}`,
      `demo PKI: ${demoPkiDir(dir)} (CA: ca.pem)`,
      `try: npm run cli -- demo patients`,
      `     npm run cli -- query summary --bsn 999990007 --endpoint ${simulator.url}`,
      `trainer: npm run cli -- demo lsp-log | demo scenario --crisis on | demo consent … (see docs/switchpoint.md)`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    rmSync(endpointFile, { force: true });
    void simulator.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`switchpoint: ${(error as Error).message}\n`);
  process.exit(1);
});
