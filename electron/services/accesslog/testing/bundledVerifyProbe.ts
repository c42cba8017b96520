/**
 * Bundled by verifyBundle.test.ts (as the host and Electron bundles are) to show that the
 * verification workers start from a bundle: verifies the log file in argv[2] with two workers and
 * prints the verdict and the number of workers used.
 */
import Database from 'better-sqlite3';
import { verifyChain } from '../verify';

const [file, keyHex] = process.argv.slice(2);
const db = new Database(file as string);
let workers = 0;
const verdict = verifyChain(db, Buffer.from(keyHex as string, 'hex'), 100, {
  workers: 2,
  minEntries: 0,
  onWorkers: (n) => (workers = n),
});
db.close();
process.stdout.write(JSON.stringify({ verdict, workers }));
