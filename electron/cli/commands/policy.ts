import type { z } from 'zod';
import { type Command, CliError, parseJsonOption } from '../command';
import { decideAccess } from '../../../shared/domain/authorisation/decideAccess';
import { decisionInputSchema } from '../../../shared/domain/authorisation/decisionInput';
import {
  legalBasisText,
  refusalReasonText,
} from '../../../shared/domain/authorisation/decisionText';

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}

/**
 * `policy decide --json '<input>'`: the authorisation decision as JSON.
 * `policy reasons`: every refusal reason and legal basis with its Dutch and English text.
 */
export const policy: Command = {
  name: 'policy',
  summary: "policy decide --json '<input>' | policy reasons: the authorisation decision",
  run(args) {
    const [sub, ...rest] = args;
    if (sub === 'reasons') return { refusals: refusalReasonText, bases: legalBasisText };
    if (sub !== 'decide')
      throw new CliError("usage: policy decide --json '<input>' | policy reasons", 2);
    const parsed = decisionInputSchema.safeParse(parseJsonOption(rest));
    if (!parsed.success) {
      throw new CliError(
        `invalid input: ${describeIssues(parsed.error.issues)}`,
        1,
        parsed.error.issues,
      );
    }
    return decideAccess(parsed.data);
  },
};
