import { chromium } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

/**
 * Chromium driven over the bare DevTools protocol, for heap figures. Playwright enables the
 * Network domain on every page it drives, and the DevTools network agent then keeps each response
 * body (up to 100 MB) for the lifetime of the page: a memory benchmark driven by Playwright
 * measures that buffer, not the app. Here only the domains named below are used; Network never.
 */
export interface RawPage {
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Evaluates an expression in the page, awaiting a promise; returns its value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Resolves when the expression is truthy in the page (polled), or rejects after timeoutMs. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Listens to a protocol event (e.g. HeapProfiler.addHeapSnapshotChunk). */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  close(): Promise<void>;
}

function executable(): string {
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed; Debian's is used.
  }
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

async function devtoolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${err}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`chromium exited ${code}: ${err}`)));
  });
}

export async function launchRawPage(width: number, height: number): Promise<RawPage> {
  const profile = mkdtempSync(join(tmpdir(), 'schakel-bench-chromium-'));
  const child = spawn(
    executable(),
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--window-size=${width},${height}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const browserWs = await devtoolsUrl(child);
  const port = new URL(browserWs).port;
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    type: string;
    webSocketDebuggerUrl: string;
  }[];
  const target = targets.find((t) => t.type === 'page');
  if (!target) throw new Error('chromium has no page');
  const ws = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));

  let nextId = 1;
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  ws.on('message', (data: Buffer) => {
    const msg = JSON.parse(data.toString()) as {
      id?: number;
      result?: unknown;
      error?: { message: string };
      method?: string;
      params?: Record<string, unknown>;
    };
    if (msg.id === undefined) {
      for (const listener of listeners.get(msg.method ?? '') ?? []) listener(msg.params ?? {});
      return;
    }
    const waiter = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.error) waiter?.reject(new Error(msg.error.message));
    else waiter?.resolve(msg.result);
  });
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  const evaluate = async <T>(expression: string) => {
    const r = await send<{ result: { value?: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
    );
    if (r.exceptionDetails) throw new Error(`${expression}: ${r.exceptionDetails.text}`);
    return r.result.value as T;
  };
  const waitFor = async (expression: string, timeoutMs = 15_000) => {
    const ok = await evaluate<boolean>(`new Promise((resolve) => {
      const deadline = Date.now() + ${timeoutMs};
      const poll = () => {
        if (${expression}) return resolve(true);
        if (Date.now() > deadline) return resolve(false);
        setTimeout(poll, 10);
      };
      poll();
    })`);
    if (!ok) throw new Error(`timed out waiting for ${expression}`);
  };
  await send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: 1,
    mobile: false,
  });
  return {
    send,
    evaluate,
    waitFor,
    on: (method, listener) => listeners.set(method, [...(listeners.get(method) ?? []), listener]),
    close: async () => {
      ws.close();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
