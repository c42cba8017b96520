import { percentile, round, type Figure } from '../../bench/figure';
import { fullEvent, keyOf, tempLog, type TempLog } from './testSupport';
import { verifyChain } from './verify';
import { createSearch } from './search';
import { accessEventTypes } from '../../../shared/domain/accessEvent';

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

function singles(t: TempLog, count: number): number {
  const list = events(0, count);
  const started = performance.now();
  for (const e of list) t.log.append(e);
  return count / ((performance.now() - started) / 1000);
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
  t.db.pragma('synchronous = OFF');
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
  t.db.pragma('synchronous = FULL');
}

const progress = (figure: Figure) =>
  process.stderr.write(`  … ${figure.name}: ${figure.value} ${figure.unit}\n`);

export default async function (): Promise<Figure[]> {
  const figures: Figure[] = [];
  const push = figures.push.bind(figures);
  figures.push = (...items: Figure[]) => {
    items.forEach(progress);
    return push(...items);
  };
  const clockAt = { n: 0 };
  const clock = () => new Date(start + clockAt.n++ * step);

  // Append rates, each on a fresh database file.
  const single = tempLog();
  const singleRate = singles(single, 300);
  single.dispose();
  const singlePlain = tempLog({ chained: false });
  const singlePlainRate = singles(singlePlain, 300);
  singlePlain.dispose();
  const batched = tempLog();
  const batchedRate = rate(batched, 100_000, 1000);
  batched.dispose();
  const plain = tempLog({ chained: false });
  const plainRate = rate(plain, 100_000, 1000);
  plain.dispose();
  const cost = Math.max(0, 1 - batchedRate / plainRate) * 100;
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
      note: `single durable entries: ${round(Math.max(0, 1 - singleRate / singlePlainRate) * 100, 1)} %`,
    },
  );

  // 1 M entries through the real path, then verify and query.
  const big = tempLog({ clock });
  const built = performance.now();
  rate(big, MEDIUM, 5000);
  const buildSeconds = (performance.now() - built) / 1000;
  let started = performance.now();
  const verdict = verifyChain(big.db, keyOf(big));
  const verifyMs = performance.now() - started;
  figures.push({
    area: AREA,
    name: `log verify at ${MEDIUM.toLocaleString('en')} entries`,
    value: round(verifyMs / 1000, 2),
    unit: 's',
    budget: '< 5 s',
    withinBudget: verdict.intact && verifyMs < 5000,
    note: `intact: ${verdict.intact}; built through the real append path in ${round(buildSeconds, 1)} s`,
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
