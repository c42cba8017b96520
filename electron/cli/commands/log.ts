import { existsSync, readFileSync } from 'node:fs';
import { writePrivateFile } from '../../services/db/privateFiles';
import { CliError, option, type Command } from '../command';
import { dataDir } from '../../config/dataDir';
import { databaseFile, type Mode } from '../../config/dataDir';
import { appVersion } from '../../config/version';
import { openDatabase, readOnly } from '../../services/db/database';
import { reconcile } from '../../services/accesslog/forwarding/reconcile';
import { readAuditForwarding, readConfiguredFile } from '../../config/auditForwarding';
import { openAccessLog } from '../../services/accesslog/openAccessLog';
import { verifyChain } from '../../services/accesslog/verify';
import { openHeadAnchor } from '../../services/accesslog/headAnchor';
import { KeyProtectedElsewhereError } from '../../services/keys/protectedKeyStore';
import { verifyArchive } from '../../services/accesslog/retention';
import { DEFAULT_RETENTION_YEARS } from '../../config/retention';
import { runRetention } from '../../services/accesslog/retentionRun';
import { fullEvent } from '../../services/accesslog/syntheticEvents';
import { entriesForExport } from '../../services/accesslog/exportRows';
import { toCsv } from '../../services/accesslog/exportCsv';
import { toFhirBundle } from '../../services/accesslog/exportFhir';
import { emptyDetails, systemFields } from '../../services/accesslog/sessionFields';
import { accessEventTypes } from '../../../shared/domain/accessEvent';

const usage = `log verify | fill --count N [--batch B] | retention [--years Y] | export --format csv|fhir [--from ISO] [--to ISO] [--patient BSN] [--out FILE] | verify-archive --file F
  | reconcile <central export> [--cert CLIENT-CERT.pem] | forwarding
  each with --demo (default, like the app) or --live; the data directory is SCHAKEL_DATA_DIR or the platform's`;

function modeOf(args: string[]): Mode {
  if (args.includes('--demo') && args.includes('--live'))
    throw new CliError('Choose --demo or --live, not both.');
  return args.includes('--live') ? 'live' : 'demo';
}

function open(args: string[]) {
  const mode = modeOf(args);
  const dir = dataDir();
  const db = openDatabase({ file: databaseFile(dir, mode) });
  const log = openAccessLog({ db, dataDir: dir, mode, version: appVersion() });
  return { mode, dir, db, log };
}

const positive = (text: string | undefined, name: string, fallback: number) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--${name} must be a positive whole number`);
  return n;
};

export const log: Command = {
  name: 'log',
  summary: 'the NEN 7513 access log: verify, fill, retention, export, reconcile, forwarding',
  run(args) {
    const [sub] = args;
    const { mode, dir, db, log } = open(args);
    try {
      switch (sub) {
        case 'verify': {
          if (!log.key)
            throw new CliError('The access-log key is missing: the chain cannot be verified.', 1);
          const started = performance.now();
          const chain = verifyChain(db, log.key);
          let anchorNote: string | null = null;
          let result = chain;
          try {
            result = openHeadAnchor({ db, chainKey: log.key, dataDir: dir, mode }).check(chain);
          } catch (error) {
            // The desktop app seals the anchor key with the OS key store; this process cannot open it.
            if (!(error instanceof KeyProtectedElsewhereError)) throw error;
            anchorNote = 'the head anchor key is sealed by the desktop app: run the check there';
          }
          const report = {
            mode,
            database: databaseFile(dir, mode),
            ...result,
            headAnchor: anchorNote ?? 'checked',
            ms: Math.round(performance.now() - started),
          };
          if (!result.intact)
            throw new CliError(
              result.firstBrokenId === null
                ? `The access log is broken: ${result.reason}`
                : `The access log is broken at entry ${result.firstBrokenId}: ${result.reason}`,
              1,
              report,
            );
          return report;
        }
        case 'fill': {
          if (mode !== 'demo')
            throw new CliError('fill writes synthetic entries: demo database only.');
          const count = positive(option(args, 'count'), 'count', 0);
          if (count === 0) throw new CliError('--count is required');
          const batch = positive(option(args, 'batch'), 'batch', 1000);
          const started = performance.now();
          for (let done = 0; done < count; done += batch) {
            const events = Array.from({ length: Math.min(batch, count - done) }, (_, i) => {
              const n = done + i;
              return fullEvent(accessEventTypes[n % accessEventTypes.length] ?? 'sign-in', n, {
                demo: true,
              });
            });
            log.appendMany(events);
          }
          const seconds = (performance.now() - started) / 1000;
          return {
            mode,
            appended: count,
            batch,
            seconds: Number(seconds.toFixed(2)),
            perSecond: Math.round(count / seconds),
          };
        }
        case 'retention': {
          const years = positive(option(args, 'years'), 'years', DEFAULT_RETENTION_YEARS);
          const result = runRetention({ db, log, dataDir: dir, mode, now: new Date(), years });
          return { mode, years, ...result };
        }
        case 'export': {
          const format = option(args, 'format');
          if (format !== 'csv' && format !== 'fhir')
            throw new CliError('--format csv or --format fhir');
          const filter = {
            from: option(args, 'from'),
            to: option(args, 'to'),
            patientBsn: option(args, 'patient'),
          };
          const entries = entriesForExport(db, filter);
          log.append({
            ...emptyDetails,
            ...systemFields(mode === 'demo'),
            eventType: 'access-log-export',
            patientBsn: filter.patientBsn ?? null,
            dataCategory: 'access-log',
            legalBasis: 'log-manager',
            outcome: 'success',
          });
          const content = format === 'csv' ? toCsv(entries) : toFhirBundle(entries, new Date());
          const out = option(args, 'out');
          if (!out) {
            process.stdout.write(content);
            return undefined;
          }
          writePrivateFile(out, content);
          return { mode, format, entries: entries.length, file: out };
        }
        case 'reconcile': {
          // The workstation's log against the central store's file (docs/accesslog.md §Reconcile).
          const file = args[1];
          if (!file || file.startsWith('--') || !existsSync(file))
            throw new CliError('reconcile needs the central export file: log reconcile <file>');
          const certFile =
            option(args, 'cert') ?? readAuditForwarding(dir)?.clientCertFile ?? undefined;
          const certificatePem = certFile ? readConfiguredFile(dir, certFile) : undefined;
          const lines = readFileSync(file, 'utf8')
            .split('\n')
            .filter((l) => l.length > 0);
          const report = reconcile(readOnly(db), lines, { certificatePem });
          if (!report.consistent)
            throw new CliError(
              'The workstation log and the central copy differ: see the report.',
              1,
              report,
            );
          return report;
        }
        case 'forwarding': {
          const cursor =
            db
              .prepare(
                `SELECT acked_id, acked_at, checkpoint_head_id, checkpoint_at FROM access_log_forward`,
              )
              .get() ?? null;
          const head = db
            .prepare(`SELECT coalesce(max(id), 0) FROM access_log`)
            .pluck()
            .get() as number;
          return { mode, head, cursor, configured: readAuditForwarding(dir) !== null };
        }
        case 'verify-archive': {
          if (!log.key) throw new CliError('The access-log key is missing.');
          const file = option(args, 'file');
          if (!file) throw new CliError('--file is required');
          const result = verifyArchive(file, log.key);
          if (!result.intact)
            throw new CliError(
              `The archive is broken at entry ${result.firstBrokenId}.`,
              1,
              result,
            );
          return result;
        }
        default:
          throw new CliError(`Usage: ${usage}`, 2);
      }
    } finally {
      db.close();
    }
  },
};
