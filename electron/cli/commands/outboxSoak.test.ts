import { describe, expect, it } from 'vitest';
import { runSoak } from './outboxSoak';

/**
 * Issue 15: the outbox under random SIGKILLs (the full run: `npm run cli -- outbox soak`).
 * Small here to stay cheap on a shared CI machine; the seed makes it repeatable.
 */
describe('outbox kill soak', () => {
  it('loses nothing, leaves nothing stuck, duplicates nothing', async () => {
    const r = await runSoak({ reports: 15, kills: 4, seed: 42 });
    expect(r).toMatchObject({ lost: 0, stuck: 0, duplicated: 0, deliveredAtReceiver: 15 });
    // The kills landed while there was work: something was stored before the last life.
    expect(r.storedBeforeLastLife).toBeGreaterThan(0);
  }, 120_000);
});
