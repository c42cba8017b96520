/** Access-log entries stay five years in the database by default (docs/accesslog.md). */
export const DEFAULT_RETENTION_YEARS = 5;

/**
 * How many years access-log entries stay in the database before they move to an archive file:
 * SCHAKEL_LOG_RETENTION_YEARS, default five (domain.md §9). A value that is not a whole number of
 * years from 1 to 100 stops the start with a clear message rather than archiving by a guess.
 */
export function retentionYearsFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.SCHAKEL_LOG_RETENTION_YEARS;
  if (text === undefined || text.trim() === '') return DEFAULT_RETENTION_YEARS;
  const years = Number(text);
  if (!Number.isInteger(years) || years < 1 || years > 100)
    throw new Error(
      `SCHAKEL_LOG_RETENTION_YEARS must be a whole number of years from 1 to 100, not "${text}".`,
    );
  return years;
}
