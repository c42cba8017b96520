import { CliError, option, requireOption, type Command } from '../command';
import { connectAsDemoIdentity } from '../../demo/connect';
import { SwitchpointCancelled, SwitchpointError } from '../../services/switchpoint/client';

const KINDS = ['summary', 'medication', 'ica'] as const;
type Kind = (typeof KINDS)[number];
const USAGE = `usage: query <${KINDS.join('|')}> --bsn <bsn> [--endpoint <url>] [--as <identityId>]`;

/**
 * `query summary|medication|ica --bsn …`: asks a switchpoint (the running simulator by default)
 * as a demo identity with the demo certificates from the data directory, and prints the parsed
 * answer as `hl7 parse` does, plus `partial` and the `correlationId`.
 */
export const query: Command = {
  name: 'query',
  summary: 'query a (simulated) switchpoint: summary, medication or ica for a BSN',
  async run(args) {
    const kind = args[0] as Kind;
    if (!KINDS.includes(kind)) throw new CliError(USAGE, 2);
    const bsn = requireOption(args, 'bsn');
    let connection;
    try {
      connection = await connectAsDemoIdentity({
        endpoint: option(args, 'endpoint'),
        identityId: option(args, 'as'),
      });
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const { client, requester } = connection;
    try {
      const result =
        kind === 'summary'
          ? await client.querySummary(bsn, requester)
          : kind === 'medication'
            ? await client.queryMedication(bsn, requester)
            : await client.queryIca(bsn, requester);
      return { ...result.data, partial: result.partial, correlationId: result.correlationId };
    } catch (error) {
      if (error instanceof SwitchpointError) {
        throw new CliError(`${error.code}: ${error.message}`, 1, {
          code: error.code,
          message: error.message,
          correlationId: error.correlationId,
        });
      }
      if (error instanceof SwitchpointCancelled) throw new CliError('cancelled');
      throw error;
    } finally {
      client.close();
    }
  },
};
