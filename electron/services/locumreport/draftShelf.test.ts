import { describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/api/schemas';
import { createDraftShelf } from './draftShelf';

const as = (uziNumber: string) => ({ person: { uziNumber } }) as unknown as Session;
const BSN = '999990019';
const ID = '00000000-0000-4000-8000-000000000001';

describe('the draft shelf', () => {
  it('gives a parked draft back once, to the same person for the same patient', () => {
    const shelf = createDraftShelf();
    shelf.park(as('900010001'), BSN, ID, '{"s":"koorts"}');
    expect(shelf.take(as('900020002'), BSN)).toBeNull();
    expect(shelf.take(as('900010001'), '999990007')).toBeNull();
    expect(shelf.take(as('900010001'), '9999.90.019')).toEqual({
      draftId: ID,
      state: '{"s":"koorts"}',
    });
    expect(shelf.take(as('900010001'), BSN)).toBeNull();
  });

  it('sign-out empties it; an invalid BSN is refused', () => {
    const shelf = createDraftShelf();
    shelf.park(as('900010001'), BSN, ID, 'koorts en hoest');
    expect(shelf.size()).toBe(1);
    shelf.clear();
    expect(shelf.size()).toBe(0);
    expect(() => shelf.park(as('900010001'), '123', ID, 'x')).toThrow(/BSN/);
  });
});
