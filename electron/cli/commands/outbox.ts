import { CliError, option, type Command } from '../command';
import { dataDir, databaseFile, type Mode } from '../../config/dataDir';
import { appVersion } from '../../config/version';
import { openDatabase } from '../../services/db/database';
import { writePrivateFile } from '../../services/db/privateFiles';
import { openAccessLog } from '../../services/accesslog/openAccessLog';
import { emptyDetails, systemFields } from '../../services/accesslog/sessionFields';
import { protectedKeyStore } from '../../services/keys/protectedKeyStore';
import {
  KEY_LOST,
  listSealed,
  markUnrecoverable,
  sealedCsv,
  outboxKeyFile,
} from '../../services/locumreport/outboxKey';
import { soak } from './outboxSoak';

const usage = `outbox key-status | key-lost-export [--out FILE] | mark-unrecoverable --confirm --by NAME | soak [--reports N] [--kills K] [--seed S]
  each with --demo (default) or --live; the data directory is SCHAKEL_DATA_DIR or the platform's`;

const modeOf = (args: string[]): Mode => (args.includes('--live') ? 'live' : 'demo');

function open(args: string[]) {
  const mode = modeOf(args);
  const dir = dataDir();
  const db = openDatabase({ file: databaseFile(dir, mode) });
  return { mode, dir, db, keys: protectedKeyStore(outboxKeyFile(dir, mode)) };
}

export const outbox: Command = {
  name: 'outbox',
  summary: 'the locum-report outbox: key status, lost-key recovery, kill soak',
  async run(args) {
    const [sub] = args;
    if (sub === 'soak') return soak(args);
    const { mode, dir, db, keys } = open(args);
    try {
      switch (sub) {
        case 'key-status': {
          const sealed = listSealed(db).length;
          const present = keys.load() !== null;
          return { mode, keyFile: keys.location, keyPresent: present, sealedReports: sealed };
        }
        case 'key-lost-export': {
          if (keys.load()) throw new CliError('The outbox key is present: nothing is lost.');
          const rows = listSealed(db);
          const csv = sealedCsv(rows);
          const out = option(args, 'out');
          if (!out) {
            process.stdout.write(csv);
            return undefined;
          }
          writePrivateFile(out, csv);
          return { mode, reports: rows.length, file: out };
        }
        case 'mark-unrecoverable': {
          if (!args.includes('--confirm'))
            throw new CliError(
              'This deletes the sealed content of every waiting report for good. Export the list first (key-lost-export), call the own GPs, then repeat with --confirm --by "<your name>".',
            );
          const by = option(args, 'by');
          if (!by) throw new CliError('--by "<your name>" is required: the act is logged.');
          if (keys.load())
            throw new CliError('The outbox key is present: the sealed reports can still be sent.');
          const log = openAccessLog({ db, dataDir: dir, mode, version: appVersion() });
          const rows = markUnrecoverable(db, keys, {
            at: new Date(),
            by,
            log: (row) =>
              log.append({
                ...emptyDetails,
                ...systemFields(mode === 'demo'),
                eventType: 'locum-report-send',
                patientBsn: row.patientBsn,
                dataCategory: 'locum-report',
                legalBasis: 'none',
                outcome: 'error',
                reasonCode: KEY_LOST,
                correlationId: row.reportId,
                messageId: row.messageId,
              }),
          });
          return { mode, markedUnrecoverable: rows.length, by };
        }
        default:
          throw new CliError(`Usage: ${usage}`, 2);
      }
    } finally {
      db.close();
    }
  },
};
