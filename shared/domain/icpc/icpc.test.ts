import { describe, expect, it } from 'vitest';
import { demoIcpcCodes, parseIcpcTable, searchIcpc } from './icpc';

describe('ICPC', () => {
  it('finds by code prefix, case-insensitively, codes first', () => {
    expect(searchIcpc(demoIcpcCodes, 'r7').map((c) => c.code)).toEqual(['R74', 'R78']);
    expect(searchIcpc(demoIcpcCodes, 'U71')[0]?.code).toBe('U71');
  });
  it('finds by words in the title, ignoring accents', () => {
    expect(searchIcpc(demoIcpcCodes, 'suicide').map((c) => c.code)).toEqual(['P77']);
    expect(searchIcpc(demoIcpcCodes, 'acute infectie').map((c) => c.code)).toContain('R74');
    expect(searchIcpc(demoIcpcCodes, '   ')).toEqual([]);
  });
  it('every demo code is well formed and unique', () => {
    expect(new Set(demoIcpcCodes.map((c) => c.code)).size).toBe(demoIcpcCodes.length);
    for (const c of demoIcpcCodes) expect(c.code).toMatch(/^[A-Z]\d{2}$/);
  });
  it('reads a licensed table and names the lines it rejects', () => {
    const { codes, rejected } = parseIcpcTable(
      'code\ttitle\n# comment\nA01\tPijn gegeneraliseerd\nL86.01;Lumbosacraal radiculair syndroom\nrubbish\n\nB\tx',
    );
    expect(codes).toEqual([
      { code: 'A01', title: 'Pijn gegeneraliseerd' },
      { code: 'L86.01', title: 'Lumbosacraal radiculair syndroom' },
    ]);
    expect(rejected).toEqual([5, 7]);
  });
});
