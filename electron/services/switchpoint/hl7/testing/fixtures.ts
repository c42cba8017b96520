/** Test helper: the Nictiz example messages in fixtures/nictiz (see its README). */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../../fixtures/nictiz',
);

export const fixture = (relative: string): string => readFileSync(join(FIXTURES, relative), 'utf8');

/** Every message fixture (not the oracles), as paths relative to FIXTURES. */
export function messageFixtures(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(FIXTURES, d.name)).map((f) => `${d.name}/${f}`))
    .filter((f) => f.endsWith('.xml') && !f.endsWith('.ada.xml') && !f.includes('.fhir-'));
}
