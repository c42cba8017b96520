/** `hl7 parse <file>` decodes by BOM and declaration and refuses invalid bytes with a typed error. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture } from '../../services/switchpoint/hl7/testing/fixtures';
import { CliError } from '../command';
import { hl7 } from './hl7';

const dir = mkdtempSync(join(tmpdir(), 'schakel-hl7-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const message = fixture('mp612/QURX_EX990113NL_01.xml').replace(/^\uFEFF?<\?xml[^>]*\?>/, '');

describe('hl7 parse and encodings', () => {
  it('reads a UTF-16 LE file with a BOM as the UTF-8 one', async () => {
    const utf8 = await hl7.run(['parse', file('a.xml', Buffer.from(message))]);
    const utf16 = await hl7.run([
      'parse',
      file('b.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(message, 'utf16le')])),
    ]);
    expect(utf16).toEqual(utf8);
  });
  it('refuses invalid UTF-8 with a typed error naming the encoding problem', async () => {
    const bytes = Buffer.from(message.replace('Stuk', 'St\u0000uk'));
    const bad = Buffer.from(bytes);
    bad[bad.indexOf(0)] = 0xff;
    let caught: unknown;
    try {
      await hl7.run(['parse', file('c.xml', bad)]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).message).toMatch(/not valid UTF-8/);
    expect((caught as CliError).detail).toMatchObject({
      code: 'MALFORMED_MESSAGE',
      encoding: { problem: 'invalid-bytes', encoding: 'utf-8' },
    });
  });
});
