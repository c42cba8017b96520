// `npm start`: the desktop window when an Electron binary can be had, otherwise — as on build
// machines without internet — the browser host, said in one sentence, with its address.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function electronBinary() {
  // Electron 45+ fetches its binary on first use; do that in a child so a failure is contained.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

const binary = process.env.SCHAKEL_BROWSER_HOST === '1' ? null : electronBinary();
if (binary) {
  const native = spawnSync(process.execPath, ['scripts/electron-native.mjs'], { stdio: 'inherit' });
  if (native.status !== 0)
    console.warn('Could not build the native packages for Electron; see README "Packaging".');
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'No Electron binary can be had on this machine, so Schakel starts in the browser host instead: open the address below.',
  );
  const child = spawn(process.execPath, ['dist/electron/host.mjs'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
