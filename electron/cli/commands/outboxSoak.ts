import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from '../command';
import { openDatabase } from '../../services/db/database';

export interface SoakResult {
  reports: number;
  kills: number;
  /** Said "stored" by a child but not in the outbox afterwards. */
  lost: number;
  /** In the outbox but not delivered after the last, unkilled life drained. */
  stuck: number;
  /** Reports the receiver got under more than one message id, or rows stored twice. */
  duplicated: number;
  /** Messages the receiver saw again under the same id (resent after a kill; it drops them). */
  resentSameId: number;
  deliveredAtReceiver: number;
  /** Work the killed lives did: so a soak whose kills all landed before start-up shows it. */
  storedBeforeLastLife: number;
  deliveredBeforeLastLife: number;
}

const child = join(fileURLToPath(new URL('.', import.meta.url)), 'outboxSoakChild.ts');

/** A small seeded generator, so a failing soak can be run again exactly. */
function seeded(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/**
 * The kill soak: N reports stored and delivered by a child process that is SIGKILLed K times at
 * random moments and started again on the same database; a last life drains. Then the outbox and
 * the receiver are compared: lost, stuck, duplicated.
 */
export async function runSoak(options: {
  reports: number;
  kills: number;
  seed?: number;
  maxLifeMs?: number;
}): Promise<SoakResult> {
  const random = seeded(options.seed ?? 1);
  const dir = mkdtempSync(join(tmpdir(), 'schakel-soak-'));
  const file = join(dir, 'soak.sqlite');
  openDatabase({ file }).close();
  const key = randomBytes(32).toString('hex');
  const received = new Map<string, number>();
  const server = createServer((req, res) => {
    const id = String(req.headers['x-message-id']);
    req.resume();
    req.on('end', () => {
      // Answers after 0–30 ms, so kills land before, during and after acknowledgements.
      setTimeout(
        () => {
          received.set(id, (received.get(id) ?? 0) + 1);
          res.end('ok');
        },
        Math.floor(random() * 30),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const stored = new Set<string>();

  const life = (
    drain: boolean,
  ): { proc: ChildProcess; ended: Promise<void>; ready: Promise<void> } => {
    let onReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (onReady = resolve));
    const proc = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        child,
        file,
        key,
        String(port),
        String(options.reports),
        drain ? 'drain' : '',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let buffer = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('stored ')) stored.add(line.slice(7));
        if (line === 'ready') onReady();
      }
    });
    const ended = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
    void ended.then(onReady);
    return { proc, ended, ready };
  };

  try {
    for (let k = 0; k < options.kills; k++) {
      const { proc, ended, ready } = life(false);
      await ready;
      // Killed a random while after it is up: while storing, sending or waiting for an answer.
      await new Promise((r) => setTimeout(r, Math.floor(random() * (options.maxLifeMs ?? 400))));
      proc.kill('SIGKILL');
      await ended;
    }
    const storedBeforeLastLife = stored.size;
    const deliveredBeforeLastLife = received.size;
    const last = life(true);
    const timeout = setTimeout(() => last.proc.kill('SIGKILL'), 60_000);
    await last.ended;
    clearTimeout(timeout);

    const db = openDatabase({ file });
    const rows = db
      .prepare(`SELECT report_id AS id, message_id AS messageId, state FROM locum_outbox`)
      .all() as { id: string; messageId: string; state: string }[];
    db.close();
    const ids = new Set(rows.map((r) => r.id));
    const messageIdsPerReport = new Map<string, Set<string>>();
    for (const r of rows) messageIdsPerReport.set(r.id, new Set([r.messageId]));
    const receivedForeign = [...received.keys()].filter(
      (m) => !rows.some((r) => r.messageId === m),
    ).length;
    return {
      reports: options.reports,
      kills: options.kills,
      lost: [...stored].filter((id) => !ids.has(id)).length,
      stuck: rows.filter((r) => r.state !== 'delivered').length,
      duplicated: rows.length - ids.size + receivedForeign,
      resentSameId: [...received.values()].reduce((n, c) => n + c - 1, 0),
      deliveredAtReceiver: received.size,
      storedBeforeLastLife,
      deliveredBeforeLastLife,
    };
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run cli -- outbox soak [--reports N] [--kills K] [--seed S]` */
export async function soak(args: string[]): Promise<SoakResult> {
  const number = (name: string, fallback: number) => {
    const text = option(args, name);
    return text === undefined ? fallback : Math.max(0, Math.floor(Number(text)));
  };
  return runSoak({
    reports: number('reports', 60),
    kills: number('kills', 20),
    seed: number('seed', Date.now() % 100_000),
  });
}
