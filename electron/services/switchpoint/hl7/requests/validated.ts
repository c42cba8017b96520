import type { z } from 'zod';

/** Input that does not fit the schema: stable code VALIDATION, with zod's issues. */
export class InvalidInputError extends Error {
  readonly code = 'VALIDATION' as const;
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`invalid input: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'InvalidInputError';
  }
}

export function validated<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new InvalidInputError(
      result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}
