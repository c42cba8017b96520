import { readFileSync } from 'node:fs';
import { CliError, parseJsonOption, type Command } from '../command';
import {
  hl7Codec,
  InvalidInputError,
  MalformedMessageError,
} from '../../services/switchpoint/hl7/index';
import { parseRequest, REQUEST_INTERACTIONS } from '../../demo/simulator/hl7/readRequest';
import { decodeXml, EncodingError } from '../../services/switchpoint/hl7/xml/encoding';

const BUILDERS = {
  'query-summary': hl7Codec.buildSummaryQuery,
  'query-medication': hl7Codec.buildMedicationQuery,
  'query-ica': hl7Codec.buildIcaQuery,
  'locum-report': hl7Codec.buildLocumReport,
} as const;

const USAGE = `usage: hl7 parse <file> | hl7 build <${Object.keys(BUILDERS).join('|')}> --json '<input>'`;

/** Requests (what a client sends) are read as requests; everything else as a response. */
function parse(text: string): unknown {
  const isRequest = REQUEST_INTERACTIONS.some((i) =>
    new RegExp(`<(?:[\\w.-]+:)?${i}[\\s>/]`).test(text),
  );
  return isRequest ? parseRequest(text) : hl7Codec.parseResponse(text);
}

/** `hl7 parse <file>` prints the domain model as JSON; `hl7 build <kind> --json …` prints the SOAP message. */
export const hl7: Command = {
  name: 'hl7',
  summary: 'parse an HL7v3 message to JSON, or build a query / locum report',
  run(args) {
    const [sub, arg] = args;
    try {
      if (sub === 'parse') {
        if (!arg) throw new CliError(USAGE);
        let bytes: Buffer;
        try {
          bytes = readFileSync(arg);
        } catch (error) {
          throw new CliError(`cannot read ${arg}: ${(error as Error).message}`);
        }
        // Decoded by BOM and XML declaration; invalid bytes are an EncodingError (typed).
        return parse(decodeXml(bytes));
      }
      if (sub === 'build') {
        const build = BUILDERS[arg as keyof typeof BUILDERS];
        if (!build) throw new CliError(USAGE);
        const input = parseJsonOption(args);
        process.stdout.write(`${build(input as never).xml}\n`);
        return undefined;
      }
      throw new CliError(USAGE);
    } catch (error) {
      if (error instanceof EncodingError)
        throw new CliError(error.message, 1, {
          ...error.toJSON(),
          encoding: { problem: error.problem, encoding: error.encoding },
        });
      if (error instanceof MalformedMessageError)
        throw new CliError(error.message, 1, error.toJSON());
      if (error instanceof InvalidInputError)
        throw new CliError(error.message, 1, { code: error.code, issues: error.issues });
      throw error;
    }
  },
};
