import { describe, expect, it } from 'vitest';
import { CliError } from '../command';
import { createBsnCommand } from './bsn';
import { policy } from './policy';

const triagistUnderGp = {
  actor: { role: '00.000', passType: 'medewerker-op-naam', setting: 'HAP', regions: [] },
  overseer: { role: '01.015' },
  dataCategory: 'summary',
  source: { consent: 'no-choice', region: null },
  regimes: { crisisOptIn: true, regions: false },
  pointOfCare: { verbal: 'yes' },
};

function runPolicy(input: unknown): unknown {
  return policy.run(['decide', '--json', JSON.stringify(input)]);
}

function thrown(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('cli: bsn check', () => {
  it('prints valid, normalised, display and reason for a valid number', () => {
    const written: string[] = [];
    const bsn = createBsnCommand((text) => written.push(text));
    expect(bsn.run(['check', '1234.56.782'])).toEqual({
      valid: true,
      normalised: '123456782',
      display: '1234.56.782',
      reason: null,
    });
    expect(bsn.run(['check', '1234', '56', '782'])).toMatchObject({ valid: true });
    expect(written).toEqual([]);
  });

  it('prints the JSON with the reason and exits 1 for an invalid number', () => {
    const written: string[] = [];
    const bsn = createBsnCommand((text) => written.push(text));
    const error = thrown(() => bsn.run(['check', '123456789']));
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/eleven-check/);
    expect(JSON.parse(written.join(''))).toEqual({
      valid: false,
      normalised: '123456789',
      display: null,
      reason: 'checksum',
    });
  });

  it('explains its usage without a number', () => {
    expect(thrown(() => createBsnCommand(() => undefined).run(['check'])).exitCode).toBe(2);
  });
});

describe('cli: policy decide', () => {
  it('prints an allowed decision with its basis', () => {
    expect(runPolicy(triagistUnderGp)).toEqual({ allowed: true, basis: 'verbal-consent' });
  });

  it('prints a refusal with its reason', () => {
    expect(runPolicy({ ...triagistUnderGp, overseer: null })).toEqual({
      allowed: false,
      reason: 'mandate-without-overseer',
    });
    expect(
      runPolicy({ ...triagistUnderGp, source: { consent: 'objection', region: null } }),
    ).toEqual({
      allowed: false,
      reason: 'objection',
    });
  });

  it('names the bad field and exits non-zero on invalid input', () => {
    const error = thrown(() => runPolicy({ ...triagistUnderGp, dataCategory: 'labs' }));
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/^invalid input: dataCategory:/);
    const nested = thrown(() =>
      runPolicy({ ...triagistUnderGp, pointOfCare: { verbal: 'maybe' } }),
    );
    expect(nested.message).toContain('pointOfCare.verbal');
  });

  it('refuses text that is not JSON', () => {
    expect(thrown(() => policy.run(['decide', '--json', '{nope'])).message).toMatch(
      /not valid JSON/,
    );
  });

  it('lists the reason texts', () => {
    const output = policy.run(['reasons']) as { refusals: Record<string, { nl: string }> };
    expect(output.refusals['objection']?.nl).toMatch(/bezwaar/);
  });

  it('both commands are registered', async () => {
    // Imported here so that another command failing to load fails only this test.
    const { commands } = await import('./index');
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(['bsn', 'policy']));
  });
});
