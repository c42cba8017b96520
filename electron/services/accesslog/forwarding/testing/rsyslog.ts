import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import type { ForwardingPki } from './pki';

/**
 * A real rsyslog (Debian rsyslog + rsyslog-gnutls) as the central audit store, started by the
 * test as its own unprivileged process: imtcp with the gtls stream driver, mutual TLS
 * (`x509/name`, one permitted peer), on 127.0.0.1 at a free port, writing each message's raw text
 * (RFC 5424, without its RFC 5425 frame) as one line to `file`. No imuxsock/imklog.
 */
export const RSYSLOGD = '/usr/sbin/rsyslogd';

export interface RsyslogOptions {
  dir: string;
  /** PEM files. */
  caFile: string;
  certFile: string;
  keyFile: string;
  /** The client certificate's name rsyslog admits (PermittedPeer). */
  permittedPeer: string;
  port?: number;
  /** Where the collector's file goes (default: `dir`); the bench puts it on tmpfs. */
  fileDir?: string;
}

export interface Rsyslog {
  port: number;
  /** The collector's file: one raw message per line. */
  file: string;
  /** The lines received so far. */
  lines(): string[];
  stop(): Promise<void>;
  /** Starts it again on the same port, appending to the same file. */
  start(): Promise<void>;
  /** SIGSTOP / SIGCONT: a collector that stops reading (full/slow). */
  pause(): void;
  resume(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = tcpConnect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });

export async function startRsyslog(options: RsyslogOptions): Promise<Rsyslog> {
  const port = options.port ?? (await freePort());
  const work = join(options.dir, 'rsyslog-work');
  mkdirSync(work, { recursive: true });
  const file = join(options.fileDir ?? options.dir, 'central-audit.log');
  const conf = join(options.dir, 'rsyslog.conf');
  const pidFile = join(options.dir, 'rsyslog.pid');
  writeFileSync(
    conf,
    `global(
  workDirectory="${work}"
  maxMessageSize="256k"
  defaultNetstreamDriver="gtls"
  defaultNetstreamDriverCAFile="${options.caFile}"
  defaultNetstreamDriverCertFile="${options.certFile}"
  defaultNetstreamDriverKeyFile="${options.keyFile}"
)
module(load="imtcp"
  StreamDriver.Name="gtls"
  StreamDriver.Mode="1"
  StreamDriver.AuthMode="x509/name"
  PermittedPeer=["${options.permittedPeer}"]
)
template(name="raw" type="string" string="%rawmsg%\\n")
ruleset(name="central") {
  action(type="omfile" file="${file}" template="raw" flushOnTXEnd="on" asyncWriting="off")
}
input(type="imtcp" address="127.0.0.1" port="${port}" ruleset="central")
`,
  );
  let child: ChildProcess | null = null;
  let log = '';

  const start = async () => {
    const c = spawn(RSYSLOGD, ['-n', '-f', conf, '-i', pidFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = c;
    c.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    c.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    for (let i = 0; i < 200; i += 1) {
      if (c.exitCode !== null) throw new Error(`rsyslogd exited (${c.exitCode}): ${log}`);
      if (await listening(port)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`rsyslogd did not listen on ${port}: ${log}`);
  };

  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    c.kill('SIGCONT');
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    c.kill('SIGTERM');
    const timer = setTimeout(() => c.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    child = null;
  };

  await start();
  return {
    port,
    file,
    lines: () =>
      existsSync(file)
        ? readFileSync(file, 'utf8')
            .split('\n')
            .filter((l) => l.length > 0)
        : [],
    stop,
    start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  };
}

/** rsyslog as the collector of a test PKI: its server certificate, admitting only its client. */
export const startRsyslogFor = (pki: ForwardingPki, dir: string, fileDir?: string) =>
  startRsyslog({
    dir,
    caFile: pki.files.ca,
    certFile: pki.files.serverCert,
    keyFile: pki.files.serverKey,
    permittedPeer: pki.clientName,
    fileDir,
  });
