import { describe, expect, it } from 'vitest';
import { accessEventTypes } from '../../../../shared/domain/accessEvent';
import { columnList, recordOf, type RowValues } from '../columns';
import { fullEvent, tempLog } from '../testSupport';
import { entryMessage, frame, headerField, parseMessage, PRI } from './syslogFormat';

describe('RFC 5424 messages of entries', () => {
  it('carry the entry id, hash and previous hash in structured data and the AuditEvent as MSG', () => {
    const t = tempLog();
    try {
      t.log.appendMany([fullEvent(accessEventTypes[2] ?? 'sign-in', 1)]);
      const row = t.db
        .prepare(`SELECT ${columnList}, hash FROM access_log`)
        .raw()
        .get() as RowValues;
      const record = recordOf(row);
      const text = entryMessage(record, 'a"b]c\\d', '0'.repeat(64));
      expect(
        text.startsWith(
          `<${PRI}>1 ${record.time} HAP-WS-07 schakel - IHE+FHIR [schakel-entry@32473 id="1" hash="a\\"b\\]c\\\\d"`,
        ),
      ).toBe(true);
      expect(text).not.toContain('\n');
      const parsed = parseMessage(text);
      expect(parsed?.params).toMatchObject({
        id: '1',
        hash: 'a"b]c\\d',
        prev: '0'.repeat(64),
        mode: 'demo',
      });
      expect(JSON.parse(parsed?.body ?? '')).toMatchObject({ resourceType: 'AuditEvent' });
    } finally {
      t.dispose();
    }
  });

  it('are framed by their length in bytes (RFC 5425 octet counting), not in characters', () => {
    const f = frame('é😀');
    expect(f.toString('utf8')).toBe('6 é😀');
  });

  it('keep header fields to printable ASCII without spaces', () => {
    expect(headerField('HAP WS 07 – é', 255)).toBe('HAP_WS_07____');
    expect(headerField('', 255)).toBe('-');
  });
});
