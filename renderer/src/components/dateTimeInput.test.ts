import { describe, expect, it } from 'vitest';
import { displayValue, parseDateTime, stepValue } from './dateTimeInput';

const base = '2026-02-12T13:02';
const now = new Date(2026, 1, 12, 21, 45);

describe('date/time entry in Dutch form, quick by keyboard', () => {
  it('shows dd-mm-jjjj uu:mm', () => {
    expect(displayValue(base)).toBe('12-02-2026 13:02');
  });
  it('reads the Dutch form, the stored form, a time alone and "nu"', () => {
    expect(parseDateTime('13-02-2026 01:30', base)).toBe('2026-02-13T01:30');
    expect(parseDateTime('1-3-2026 9.05', base)).toBe('2026-03-01T09:05');
    expect(parseDateTime('2026-02-12T08:00', base)).toBe('2026-02-12T08:00');
    expect(parseDateTime('2130', base)).toBe('2026-02-12T21:30');
    expect(parseDateTime('7:15', base)).toBe('2026-02-12T07:15');
    expect(parseDateTime('nu', base, now)).toBe('2026-02-12T21:45');
  });
  it('refuses what is not a real moment', () => {
    expect(parseDateTime('31-02-2026 10:00', base)).toBeNull();
    expect(parseDateTime('2575', base)).toBeNull();
    expect(parseDateTime('12-02', base)).toBeNull();
  });
  it('the arrow keys move five minutes, across midnight too', () => {
    expect(stepValue('2026-02-12T23:58', 5)).toBe('2026-02-13T00:03');
    expect(stepValue('2026-02-12T13:02', -60)).toBe('2026-02-12T12:02');
  });
});
