import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Electron gets its own build of better-sqlite3 (scripts/electron-native.mjs) because that module
// is compiled against V8 for one ABI. pkcs11js gets none: it is a Node-API module, whose binary
// exports napi_register_module_v1 and loads in Node and Electron alike. If a new pkcs11js ever
// drops Node-API, this fails, and Electron needs its own pkcs11js build as it has for SQLite.
describe('pkcs11js binary', () => {
  it('is a Node-API module, so one build serves Node and Electron', () => {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('pkcs11js/package.json'));
    const binary = readFileSync(join(root, 'build', 'Release', 'pkcs11.node'));
    const nodeApi = binary.includes('napi_register_module_v1\0');
    const v8Abi = binary.includes('node_register_module_v');
    expect(nodeApi && !v8Abi, 'pkcs11js is no longer Node-API: give Electron its own build').toBe(
      true,
    );
  });
});
