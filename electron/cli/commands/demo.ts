import { CliError, option, requireOption, type Command } from '../command';
import { adminCall } from '../../demo/connect';
import { demoIdentities } from '../../demo/identities';
import { demoPatientList } from '../../demo/patients/patientList';
import { simulatedSources } from '../../demo/sources/catalogue';

const USAGE = [
  'usage: demo patients | identities | sources            (local, no simulator needed)',
  '       demo state | lsp-log | inbox                     (read a running simulator)',
  '       demo scenario [--crisis on|off] [--regions on|off] [--latency ms] [--deadline ms]',
  '       demo consent --bsn <bsn> --source <id> --state consent|objection|no-choice|default',
  '       demo source --source <id> [--latency ms] [--failure none|error|timeout]',
  '       demo receiver --source <id> --mode accept|reject|error|silent',
  '       demo reset',
  '  (--endpoint <url> for another simulator than the one started from this data directory)',
].join('\n');

function onOff(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new CliError(`--${name} must be on or off`);
}

function whole(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new CliError(`--${name} must be a whole number of milliseconds`);
  return n;
}

const withoutUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The demo: synthetic patients, and the trainer's controls of a running simulator. */
export const demo: Command = {
  name: 'demo',
  summary: 'demo patients and the simulated LSP: patients, lsp-log, scenario, consent, …',
  async run(args) {
    const sub = args[0];
    const endpoint = option(args, 'endpoint');
    const call = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
      try {
        return await adminCall(endpoint, method, path, body);
      } catch (error) {
        throw new CliError((error as Error).message);
      }
    };
    switch (sub) {
      case 'patients':
        return endpoint ? call('GET', '/admin/patients') : demoPatientList();
      case 'identities':
        return demoIdentities;
      case 'sources':
        return simulatedSources;
      case 'state':
        return call('GET', '/admin/state');
      case 'lsp-log':
        return call('GET', '/admin/log');
      case 'inbox':
        return call('GET', '/admin/inbox');
      case 'reset':
        return call('POST', '/admin/reset');
      case 'scenario':
        return call(
          'POST',
          '/admin/scenario',
          withoutUndefined({
            crisisRegime: onOff(option(args, 'crisis'), 'crisis'),
            regions: onOff(option(args, 'regions'), 'regions'),
            defaultLatencyMs: whole(option(args, 'latency'), 'latency'),
            sourceDeadlineMs: whole(option(args, 'deadline'), 'deadline'),
          }),
        );
      case 'consent': {
        const state = requireOption(args, 'state');
        return call('POST', '/admin/consent', {
          bsn: requireOption(args, 'bsn'),
          source: requireOption(args, 'source'),
          state: state === 'default' ? null : state,
        });
      }
      case 'source':
        return call(
          'POST',
          '/admin/source',
          withoutUndefined({
            source: requireOption(args, 'source'),
            latencyMs: whole(option(args, 'latency'), 'latency'),
            failure: option(args, 'failure'),
          }),
        );
      case 'receiver':
        return call('POST', '/admin/receiver', {
          source: requireOption(args, 'source'),
          mode: requireOption(args, 'mode'),
        });
      default:
        throw new CliError(USAGE, 2);
    }
  },
};
