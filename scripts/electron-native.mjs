// better-sqlite3 is a native module. The copy in node_modules is built for Node (tests, CLI,
// browser host). Electron has another ABI, so it gets its own build in dist/native/electron-<v>/,
// passed to better-sqlite3 as `nativeBinding`; the tested Node build is never rebuilt over.
// Needs internet (Electron headers or a prebuilt binary); run by `npm start` when Electron exists.
// pkcs11js (under graphene-pk11) needs no second build: it is a Node-API module, ABI-stable across
// Node and Electron (electron/services/uzipass/nodeApi.test.ts keeps that true).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  copyFileSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const target = resolve('dist', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
if (existsSync(target)) process.exit(0);

const work = mkdtempSync(join(tmpdir(), 'schakel-native-'));
try {
  cpSync(resolve('node_modules', 'better-sqlite3'), work, { recursive: true });
  rmSync(join(work, 'build'), { recursive: true, force: true });
  // A machine's npm config may point node-gyp at Node's own headers (`nodedir`, for offline
  // builds): that would give a Node-ABI binary under an Electron name. So node-gyp runs without
  // npm's config (npm's own copy, called directly) and without that variable: Electron's headers.
  const { npm_config_nodedir: _nodeHeaders, ...inherited } = process.env;
  const env = {
    ...inherited,
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
    const gypArgs = [
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ];
    const npmGyp = [
      join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm'), // Linux, macOS
      join(dirname(process.execPath), 'node_modules', 'npm'), // Windows
    ]
      .map((npm) => join(npm, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'))
      .find((file) => existsSync(file));
    if (npmGyp)
      execFileSync(process.execPath, [npmGyp, ...gypArgs], { cwd: work, stdio: 'inherit', env });
    else
      execFileSync('npx', ['--yes', 'node-gyp', ...gypArgs], { cwd: work, stdio: 'inherit', env });
  }
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  // A module built against V8 directly exports node_register_module_v<ABI>: Node's ABI here means
  // the build did not use Electron's headers, and Electron would refuse to load it.
  if (readFileSync(built).includes(`node_register_module_v${process.versions.modules}\0`))
    throw new Error(
      `better-sqlite3 was built for Node's ABI ${process.versions.modules}, not Electron's: Electron's headers were not used`,
    );
  mkdirSync(resolve('dist', 'native', `electron-${electronVersion}`), { recursive: true });
  copyFileSync(built, target);
  console.log(`better-sqlite3 for Electron ${electronVersion}: ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
