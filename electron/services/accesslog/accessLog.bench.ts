import { availableParallelism, loadavg } from 'node:os';
import { percentile, round, type Figure } from '../../bench/figure';
import { fullEvent, keyOf, tempLog, type TempLog } from './testSupport';
import { verifyChain } from './verify';
import { createSearch } from './search';
import { accessEventTypes, type AccessEventInput } from '../../../shared/domain/accessEvent';

/**
 * Issue 6's figures. The 1 M log is written through the real append path (batched, chained);
 * the step to 10 M uses a bulk SQL insert (same schema and indexes, placeholder hashes), because
 * appending 9 M chained entries would take far longer than the bench's five minutes on two cores.
 */
const AREA = 'accesslog';
const MEDIUM = Number(process.env.ACCESSLOG_BENCH_MEDIUM ?? 1_000_000);
const LARGE = Number(process.env.ACCESSLOG_BENCH_LARGE ?? 10_000_000);
const PATIENTS = 50_000;
const start = Date.UTC(2021, 0, 1);
const step = 15_000; // 15 s between entries: 1 M ≈ 6 months, 10 M ≈ 5 years

const events = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return fullEvent(accessEventTypes[n % accessEventTypes.length] ?? 'sign-in', n, {
      patientBsn: String(100_000_000 + (n % PATIENTS)),
    });
  });

function rate(t: TempLog, count: number, batch: number): number {
  const started = performance.now();
  for (let done = 0; done < count; done += batch)
    t.log.appendMany(events(done, Math.min(batch, count - done)));
  return count / ((performance.now() - started) / 1000);
}

/**
 * Seconds to append `batches` on a fresh log. The events are made before the clock starts, so the
 * figure is the append path alone (making synthetic events is not part of either path).
 */
function timed(options: { chained: boolean }, batches: AccessEventInput[][]): number {
  const t = tempLog(options);
  try {
    const started = performance.now();
    for (const batch of batches)
      if (batch.length === 1) t.log.append(batch[0] as AccessEventInput);
      else t.log.appendMany(batch);
    return (performance.now() - started) / 1000;
  } finally {
    t.dispose();
  }
}

/**
 * Entries per second with and without the chain, measured fairly: one warm-up of each (so
 * neither path pays for JIT compilation and zod's first parses), then `rounds` pairs of runs on
 * fresh files, the two runs of a pair back to back and their order alternating, so that load from
 * other processes falls on both alike. Rates are the medians of the runs; the cost is the median
 * of the pairs' costs (a pair's two runs see nearly the same machine).
 */
function compare(count: number, batch: number, rounds: number) {
  const batches: AccessEventInput[][] = [];
  for (let done = 0; done < count; done += batch)
    batches.push(events(done, Math.min(batch, count - done)));
  const warm = batches.slice(0, Math.max(1, Math.ceil(batches.length / 10)));
  timed({ chained: true }, warm);
  timed({ chained: false }, warm);
  const chained: number[] = [];
  const plain: number[] = [];
  const costs: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let c: number;
    let p: number;
    if (round % 2 === 0) {
      c = timed({ chained: true }, batches);
      p = timed({ chained: false }, batches);
    } else {
      p = timed({ chained: false }, batches);
      c = timed({ chained: true }, batches);
    }
    chained.push(count / c);
    plain.push(count / p);
    costs.push(Math.max(0, 1 - p / c) * 100);
  }
  return {
    chained: percentile(chained, 50),
    plain: percentile(plain, 50),
    cost: percentile(costs, 50),
    costs,
  };
}

function queryTimes(t: TempLog, n: number) {
  const search = createSearch(t.db);
  const byPatient: number[] = [];
  const byPeriod: number[] = [];
  const last = start + (n - 1) * step;
  for (let i = 0; i < 60; i += 1) {
    const bsn = String(100_000_000 + ((i * 7919) % PATIENTS));
    let s = performance.now();
    search({ patientBsn: bsn, limit: 50 });
    byPatient.push(performance.now() - s);
    const from = new Date(start + Math.floor(((last - start) * i) / 60)).toISOString();
    const to = new Date(Date.parse(from) + 86_400_000).toISOString();
    s = performance.now();
    const page = search({ from, to, limit: 50 });
    if (page.nextCursor) search({ from, to, limit: 50, cursor: page.nextCursor });
    byPeriod.push(performance.now() - s);
  }
  return { byPatient: percentile(byPatient, 95), byPeriod: percentile(byPeriod, 95) };
}

/** The fast bulk path to a large log: rows generated inside SQLite, one transaction. */
function bulkTo(t: TempLog, from: number, to: number) {
  // Speed only, not what is measured afterwards: no WAL for the bulk (in WAL the 9 M rows would
  // be written twice, to the WAL and again at checkpoint), a larger cache and sorter threads for
  // the index builds. The connection returns to WAL and synchronous=FULL before the queries.
  const cacheSize = t.db.pragma('cache_size', { simple: true }) as number;
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  t.db.pragma('journal_mode = MEMORY');
  t.db.pragma('synchronous = OFF');
  t.db.pragma('cache_size = -262144');
  t.db.pragma('threads = 2');
  // Secondary indexes are dropped and rebuilt afterwards: a sorted build is far faster than
  // 9 M random index inserts. The same CREATE INDEX statements as migration 001.
  const indexes = t.db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'access_log' AND sql IS NOT NULL`,
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) t.db.exec(`DROP INDEX ${index.name}`);
  t.db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT ? UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO access_log SELECT
         i, strftime('%Y-%m-%dT%H:%M:%fZ', (? + i * ?) / 1000.0, 'unixepoch'), '+01:00',
         'summary-query', 'R', CAST(100000000 + i % ? AS TEXT), CAST(900030003 + i % 50 AS TEXT),
         'M. (Mirjam) Jansen', '00.000', '900010001', 'dr. A.M. (Anna) de Vries', '01.015', '90000111',
         'Huisartsenpost Amstelland (demo)', 'HAP', 'HAP-WS-07', 'bench', 'schakel', '0.1.0',
         'summary', 'treatment-relationship', CASE WHEN i % 7 = 0 THEN 'verbal-yes' ELSE 'registered' END,
         '900030003', i % 11 = 0, 'success', NULL, '[]', 'corr-' || i, NULL, 1, 'bulk'
       FROM n`,
    )
    .run(from, to, start, step, PATIENTS);
  for (const index of indexes) t.db.exec(index.sql);
  t.db.pragma('threads = 0');
  t.db.pragma(`cache_size = ${cacheSize}`);
  t.db.pragma('journal_mode = WAL');
  t.db.pragma('synchronous = FULL');
}

const progress = (figure: Figure) =>
  process.stderr.write(
    `  … ${figure.name}: ${figure.value} ${figure.unit}${figure.note ? ` (${figure.note})` : ''}\n`,
  );

export default async function (): Promise<Figure[]> {
  const figures: Figure[] = [];
  const push = figures.push.bind(figures);
  figures.push = (...items: Figure[]) => {
    items.forEach(progress);
    return push(...items);
  };
  const clockAt = { n: 0 };
  const clock = () => new Date(start + clockAt.n++ * step);

  // Append rates, with and without the chain, alternating on fresh database files.
  const singles = compare(200, 1, 2);
  const batches = compare(20_000, 1000, 6);
  const singleRate = singles.chained;
  const singlePlainRate = singles.plain;
  const batchedRate = batches.chained;
  const plainRate = batches.plain;
  const cost = batches.cost;
  figures.push(
    {
      area: AREA,
      name: 'append, single durable entries (synchronous=FULL)',
      value: Math.round(singleRate),
      unit: 'entries/s',
    },
    {
      area: AREA,
      name: 'append, single durable entries without the chain',
      value: Math.round(singlePlainRate),
      unit: 'entries/s',
    },
    {
      area: AREA,
      name: 'append, batched (1000 per transaction)',
      note: 'median of 6 pairs of runs (20 000 entries each, fresh files, order alternating) after a warm-up',
      value: Math.round(batchedRate),
      unit: 'entries/s',
    },
    {
      area: AREA,
      name: 'append, batched, without the chain',
      value: Math.round(plainRate),
      unit: 'entries/s',
    },
    {
      area: AREA,
      name: 'cost of the chain on the batched append rate',
      value: round(cost, 1),
      unit: '%',
      budget: '≤ 20 %',
      withinBudget: cost <= 20,
      note: `pairs: ${batches.costs.map((c) => round(c, 1)).join(', ')} %; single durable entries: ${round(singles.cost, 1)} %`,
    },
  );

  // 1 M entries through the real path, then verify and query.
  const big = tempLog({ clock });
  const built = performance.now();
  rate(big, MEDIUM, 5000);
  const buildSeconds = (performance.now() - built) / 1000;
  let started = performance.now();
  const cpuBefore = process.cpuUsage();
  let workers = 0;
  const verdict = verifyChain(big.db, keyOf(big), undefined, { onWorkers: (n) => (workers = n) });
  const verifyMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  figures.push({
    area: AREA,
    name: `log verify at ${MEDIUM.toLocaleString('en')} entries`,
    value: round(verifyMs / 1000, 2),
    unit: 's',
    budget: '< 5 s',
    withinBudget: verdict.intact && verifyMs < 5000,
    note:
      `intact: ${verdict.intact}; this thread + ${workers} worker threads, ` +
      `${round((cpu.user + cpu.system) / 1e6, 1)} s CPU in all; ` +
      `load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs; ` +
      `built through the real append path in ${round(buildSeconds, 1)} s`,
  });
  let q = queryTimes(big, MEDIUM);
  figures.push(
    {
      area: AREA,
      name: `query by patient at ${MEDIUM.toLocaleString('en')} (p95, page of 50)`,
      value: round(q.byPatient, 2),
      unit: 'ms',
      budget: '< 20 ms',
      withinBudget: q.byPatient < 20,
    },
    {
      area: AREA,
      name: `query by period at ${MEDIUM.toLocaleString('en')} (p95, two pages of 50)`,
      value: round(q.byPeriod, 2),
      unit: 'ms',
      budget: '< 20 ms',
      withinBudget: q.byPeriod < 20,
    },
  );

  // To 10 M by the bulk path.
  started = performance.now();
  bulkTo(big, MEDIUM + 1, LARGE);
  const bulkSeconds = (performance.now() - started) / 1000;
  q = queryTimes(big, LARGE);
  const note = `rows ${MEDIUM + 1}–${LARGE} by bulk SQL insert in ${round(bulkSeconds, 1)} s (placeholder hashes)`;
  figures.push(
    {
      area: AREA,
      name: `query by patient at ${LARGE.toLocaleString('en')} (p95, page of 50)`,
      value: round(q.byPatient, 2),
      unit: 'ms',
      budget: '< 20 ms',
      withinBudget: q.byPatient < 20,
      note,
    },
    {
      area: AREA,
      name: `query by period at ${LARGE.toLocaleString('en')} (p95, two pages of 50)`,
      value: round(q.byPeriod, 2),
      unit: 'ms',
      budget: '< 20 ms',
      withinBudget: q.byPeriod < 20,
      note,
    },
  );
  big.dispose();
  return figures;
}
