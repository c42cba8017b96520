// The house's rooms and which way the arrows may point (docs/architecture.md §Rooms).
// A file may import its own room and the rooms its entry lists; anything else — upward or
// sideways — is refused by the `rooms/downward` rule. Paths are repo-relative; the longest
// matching prefix names a file's room.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const domain = ['shared/domain'];
const shared = ['shared/api', ...domain];
const config = ['electron/config', ...shared];
const services = ['electron/services', ...config];
const demo = ['electron/demo', ...services];
const app = ['electron/app', ...demo];
const rendererBase = ['renderer/src/api', 'renderer/src/i18n', 'renderer/src/styles', ...shared];
const components = ['renderer/src/components', ...rendererBase];
const sections = [
  'summary',
  'medication',
  'consent',
  'locumreport',
  'accesslog',
  'trainer',
  'help',
  'signin',
].map((s) => `renderer/src/features/${s}`);
const section = [...components];
const screens = [...sections, ...components];

/** room → rooms it may import besides itself. Order of the table does not matter. */
export const rooms = {
  'shared/domain': domain,
  'shared/api': shared,
  'electron/config': config,
  'electron/services': services,
  'electron/demo': demo,
  'electron/app': app,
  'electron/main': app,
  'electron/host': app,
  'electron/cli': app,
  'electron/preload': ['shared/api'],
  'electron/bench': [],
  // Cross-room tests and their harness: may use everything of the main process, used by nothing.
  'electron/integration': ['electron', 'shared'],
  'renderer/src/api': shared,
  'renderer/src/i18n': [],
  'renderer/src/styles': [],
  'renderer/src/components': components,
  ...Object.fromEntries(sections.map((s) => [s, section])),
  'renderer/src/features/patient': screens,
  'renderer/src/features/shell': ['renderer/src/features/patient', ...screens],
  'renderer/src/testing': ['renderer/src', 'shared'],
  'renderer/src': ['renderer/src', 'shared'],
  e2e: ['e2e', 'electron', 'shared', 'renderer'],
  scripts: ['scripts', 'electron/bench'],
  lint: ['lint'],
};

const roomNames = Object.keys(rooms).sort((a, b) => b.length - a.length);
const within = (path, prefix) => path === prefix || path.startsWith(prefix + '/');
export const roomOf = (path) => roomNames.find((r) => within(path, r)) ?? null;

const isTestFile = (path) =>
  /\.(test|spec|bench)\.tsx?$/.test(path) ||
  path.split('/').includes('testing') ||
  path.startsWith('e2e/');

function check(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  const from = relative(root, fromFile);
  const to = relative(root, resolve(dirname(fromFile), spec));
  if (to.startsWith('..')) return `"${spec}" reaches outside the repository.`;
  if (
    to.split('/').includes('testing') &&
    !isTestFile(from) &&
    roomOf(from) !== 'electron/integration'
  )
    return `"${spec}" is test support: only tests import a testing/ folder.`;
  const fromRoom = roomOf(from);
  const toRoom = roomOf(to);
  if (!fromRoom || !toRoom || fromRoom === toRoom) return null;
  // Test support below every renderer room, and the benchmark runner's types below every bench.
  if (toRoom === 'renderer/src/testing' && isTestFile(from) && within(fromRoom, 'renderer'))
    return null;
  if (toRoom === 'electron/bench' && /\.bench\.ts$/.test(from)) return null;
  if (toRoom === 'electron/integration')
    return `"${spec}": nothing imports electron/integration (cross-room tests only).`;
  if (rooms[fromRoom].some((allowed) => within(toRoom, allowed))) return null;
  return `${fromRoom} may not import ${toRoom} ("${spec}"): every import points down (docs/architecture.md §Rooms).`;
}

const rule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Imports point down between rooms.' } },
  create(context) {
    const report = (node) => {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string') return;
      const message = check(context.filename, spec);
      if (message) context.report({ node: node.source, message });
    };
    return {
      ImportDeclaration: report,
      ExportNamedDeclaration: report,
      ExportAllDeclaration: report,
      ImportExpression: report,
    };
  },
};

export default { rules: { downward: rule } };
