/** One CLI command: `npm run cli -- <name> [args…]`. It returns JSON-able output or throws. */
export interface Command {
  name: string;
  summary: string;
  run(args: string[]): Promise<unknown> | unknown;
}

/** A failure the user caused or can fix: printed as one clear message, exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** Optional machine-readable detail, printed as JSON on stderr. */
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Reads `--name value` from args; undefined when absent. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value`);
  return value;
}

export function requireOption(args: string[], name: string): string {
  const value = option(args, name);
  if (value === undefined) throw new CliError(`--${name} is required`);
  return value;
}

export function parseJsonOption(args: string[], name = 'json'): unknown {
  const text = requireOption(args, name);
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`--${name} is not valid JSON`);
  }
}
