import { CliError, type Command } from '../command';
import { dataDir } from '../../config/dataDir';
import { checkLiveConfig, type LiveCheck } from '../../services/liveconfig/liveConfig';

const MARK = { valid: 'OK     ', invalid: 'INVALID', missing: 'MISSING' } as const;

/** The checklist as an administrator reads it: one line per item, then what to do. */
export function formatLiveCheck(check: LiveCheck): string {
  const width = Math.max(...check.items.map((i) => i.label.length));
  const lines = [`Live configuration: ${check.file}`, ''];
  for (const item of check.items)
    lines.push(`  [${MARK[item.status]}] ${item.label.padEnd(width)}  ${item.detail}`);
  const open = check.items.filter((i) => i.status !== 'valid').length;
  lines.push(
    '',
    check.complete
      ? 'Complete: live mode can start.'
      : `Incomplete: ${open} item(s) to fix; live mode will not start (docs/live.md).`,
  );
  return `${lines.join('\n')}\n`;
}

const USAGE = 'usage: live check [--json]';

/** `live check`: the live configuration item by item; exit code 1 when it is not complete. */
export const live: Command = {
  name: 'live',
  summary: 'live mode: check the configuration file item by item',
  async run(args) {
    if (args[0] !== 'check') throw new CliError(USAGE, 2);
    const { loaded: _loaded, ...check } = await checkLiveConfig(dataDir());
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(check, null, 2)}\n`);
    else process.stdout.write(formatLiveCheck(check));
    if (!check.complete) throw new CliError('The live configuration is not complete.', 1);
    return undefined;
  },
};
