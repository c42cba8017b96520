// better-sqlite3 is a native module. The copy in node_modules is built for Node (tests, CLI,
// browser host). Electron has another ABI, so it gets its own build in dist/native/electron-<v>/,
// passed to better-sqlite3 as `nativeBinding`; the tested Node build is never rebuilt over.
// Needs internet (Electron headers or a prebuilt binary); run by `npm start` when Electron exists.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const target = resolve('dist', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
if (existsSync(target)) process.exit(0);

const work = mkdtempSync(join(tmpdir(), 'schakel-native-'));
try {
  cpSync(resolve('node_modules', 'better-sqlite3'), work, { recursive: true });
  rmSync(join(work, 'build'), { recursive: true, force: true });
  const env = {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: electronVersion,
    npm_config_disturl: 'https://electronjs.org/headers',
  };
  try {
    execFileSync(
      process.execPath,
      [
        require.resolve('prebuild-install/bin.js'),
        '--runtime=electron',
        `--target=${electronVersion}`,
      ],
      { cwd: work, stdio: 'inherit', env },
    );
  } catch {
    execFileSync(
      'npx',
      [
        '--yes',
        'node-gyp',
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'inherit', env },
    );
  }
  mkdirSync(resolve('dist', 'native', `electron-${electronVersion}`), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  console.log(`better-sqlite3 for Electron ${electronVersion}: ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
