import { CliError } from './command';
import { commands } from './commands/index';

/**
 * `npm run cli -- <command> [args…]`: JSON on stdout; on error one clear message on stderr and
 * a non-zero exit.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const list = commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join('\n');
    process.stderr.write(`${name ? `Unknown command: ${name}\n` : ''}Commands:\n${list}\n`);
    return 2;
  }
  try {
    const output = await command.run(args);
    if (output !== undefined) process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      if (error.detail !== undefined) process.stderr.write(`${JSON.stringify(error.detail)}\n`);
      return error.exitCode;
    }
    process.stderr.write(`Internal error: ${(error as Error).message}\n`);
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
