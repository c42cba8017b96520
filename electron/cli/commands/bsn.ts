import { type Command, CliError } from '../command';
import { checkBsn, formatBsn } from '../../../shared/domain/identifiers/bsn';
import { identifierReasonText } from '../../../shared/domain/identifiers/identifierCheck';

export interface BsnCheckOutput {
  valid: boolean;
  normalised: string;
  display: string | null;
  reason: string | null;
}

export function bsnCheck(input: string): BsnCheckOutput {
  const check = checkBsn(input);
  return check.valid
    ? { valid: true, normalised: check.value, display: formatBsn(check.value), reason: null }
    : { valid: false, normalised: check.value, display: null, reason: check.reason };
}

/**
 * `bsn check <number>`: the check as JSON on stdout. An invalid number prints the same JSON
 * (with the reason) and exits 1. `write` is where the JSON of an invalid number goes.
 */
export function createBsnCommand(
  write: (text: string) => void = (text) => process.stdout.write(text),
): Command {
  return {
    name: 'bsn',
    summary: 'bsn check <number>: validate, normalise and display a BSN',
    run(args) {
      const [sub, ...rest] = args;
      if (sub !== 'check') throw new CliError('usage: bsn check <number>', 2);
      if (rest.length === 0) throw new CliError('usage: bsn check <number>', 2);
      const output = bsnCheck(rest.join(' '));
      if (output.valid) return output;
      write(`${JSON.stringify(output, null, 2)}\n`);
      const reason = output.reason as keyof typeof identifierReasonText;
      throw new CliError(`invalid BSN: ${identifierReasonText[reason].en}`);
    },
  };
}

export const bsn = createBsnCommand();
