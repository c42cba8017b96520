/**
 * The forwarder as its own process, for the crash test: `node --import tsx forwarderChild.ts
 * <config.json>`. Opens the log database, forwards until SIGTERM (then closes cleanly and exits)
 * or until it is SIGKILLed.
 */
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../../db/database';
import { startForwarder, type ForwardingTarget } from '../forwarder';

const config = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as {
  file: string;
  target: ForwardingTarget;
  settleMs: number;
};
const db = openDatabase({ file: config.file });
const forwarder = startForwarder({
  db,
  target: config.target,
  accessPoint: { workstation: 'HAP-WS-07', installationId: '7f1c2a9e-0000-4000-8000-000000000001' },
  mode: 'demo',
  checkpointEvery: 1000,
  checkpointMinutes: 0.01,
  amberAfterMinutes: 5,
  settleMs: config.settleMs,
});
process.on('SIGTERM', () => {
  void forwarder.close().then(() => {
    db.close();
    process.exit(0);
  });
});
process.stdout.write('started\n');
