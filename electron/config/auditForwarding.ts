import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';

/** The live configuration file; this module reads only its `auditForwarding` section. */
export const LIVE_CONFIG_FILE = 'live-config.json';

/**
 * Forwarding the access log to the organisation's central audit store (docs/accesslog.md
 * §Forwarding): the collector (IHE ATNA syslog over TLS, port 6514 by default), the organisation's
 * CA and this workstation's client certificate and key (PEM files; relative paths are relative to
 * the data directory), and how often a checkpoint goes along.
 */
export const auditForwardingSchema = z
  .object({
    enabled: z.boolean(),
    endpoint: z
      .object({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65_535).default(6514),
        /** The name the collector's certificate must carry, when it is not `host`. */
        serverName: z.string().min(1).optional(),
      })
      .strict(),
    caFile: z.string().min(1),
    clientCertFile: z.string().min(1),
    clientKeyFile: z.string().min(1),
    checkpoint: z
      .object({
        everyEntries: z.number().int().min(1).max(1_000_000).default(1000),
        everyMinutes: z
          .number()
          .positive()
          .max(24 * 60)
          .default(15),
      })
      .strict()
      .default({ everyEntries: 1000, everyMinutes: 15 }),
    /** Behind for longer than this is shown amber to the log manager. */
    amberAfterMinutes: z.number().positive().default(30),
  })
  .strict();
export type AuditForwardingConfig = z.infer<typeof auditForwardingSchema>;

/**
 * The `auditForwarding` section of `<dataDir>/live-config.json`, or null when the file or the
 * section is absent. A section that does not parse stops the start with a message naming the
 * field (the rest of the file is another module's business).
 */
export function readAuditForwarding(dir: string): AuditForwardingConfig | null {
  const file = join(dir, LIVE_CONFIG_FILE);
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} is not valid JSON.`);
  }
  const section = (json as { auditForwarding?: unknown } | null)?.auditForwarding;
  if (section === undefined) return null;
  const parsed = auditForwardingSchema.safeParse(section);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}: auditForwarding.${issue?.path.join('.') ?? ''} — ${issue?.message ?? 'invalid'}.`,
    );
  }
  return parsed.data;
}

/** A configured file's text; a relative path is relative to the data directory. */
export const readConfiguredFile = (dir: string, f: string): string =>
  readFileSync(isAbsolute(f) ? f : join(dir, f), 'utf8');

/** The PEM contents the forwarder needs, read from the configured files. */
export function forwardingTargetOf(dir: string, config: AuditForwardingConfig) {
  const read = (f: string) => readConfiguredFile(dir, f);
  return {
    host: config.endpoint.host,
    port: config.endpoint.port,
    serverName: config.endpoint.serverName,
    ca: read(config.caFile),
    cert: read(config.clientCertFile),
    key: read(config.clientKeyFile),
  };
}
