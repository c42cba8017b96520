import { describe, expect, it } from 'vitest';
import { bsnInputSchema, bsnSchema } from './patientSchemas';

describe('the BSN at the contract boundary', () => {
  it('is normalised once to nine digits', () => {
    expect(bsnSchema.parse('9999.11.120')).toBe('999911120');
    expect(bsnSchema.parse(' 99991 1120 ')).toBe('999911120');
  });

  it('is refused with the reason in words, before any service runs', () => {
    const result = bsnInputSchema.safeParse({ bsn: '123456789' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/eleven-check/);
    expect(bsnSchema.safeParse('').error?.issues[0]?.message).toMatch(/No number/);
    expect(bsnSchema.safeParse('1'.repeat(33)).success).toBe(false);
  });
});
