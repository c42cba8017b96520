import { afterEach, describe, expect, it } from 'vitest';
import { markNewPatient } from './patientMarks';

const names = () => performance.getEntriesByType('mark').map((m) => m.name);

describe('markNewPatient', () => {
  afterEach(() => performance.clearMarks());

  it("keeps only the new patient's marks and the lifetime ones", () => {
    performance.mark('schakel:boot');
    markNewPatient();
    performance.mark('schakel:medication-source-rendered:01234567');
    performance.mark('schakel:medication-rendered');
    performance.mark('other:mark');
    markNewPatient();
    expect(names().sort()).toEqual(['other:mark', 'schakel:boot', 'schakel:bsn-submit']);
  });

  it('does not pile marks up over a shift', () => {
    for (let i = 0; i < 100; i++) {
      markNewPatient();
      performance.mark('schakel:summary-rendered');
    }
    expect(names()).toHaveLength(2);
  });
});
