// Circular imports among the project's own modules (`npm test` runs this): every import points
// down, so the import graph has no cycle. Prints each cycle found and exits 1; 0 when there is none.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const files = execSync("git ls-files -co --exclude-standard '*.ts' '*.tsx'", {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && !f.startsWith('node_modules/') && existsSync(join(root, f)));
const known = new Set(files);

function target(from, spec) {
  const base = relative(root, resolve(root, dirname(from), spec));
  for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (known.has(c)) return c;
  return null;
}

const edges = new Map(
  files.map((f) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, f), 'utf8'), true, true);
    const to = importedFiles
      .map((i) => i.fileName)
      .filter((s) => s.startsWith('.'))
      .map((s) => target(f, s))
      .filter(Boolean);
    return [f, [...new Set(to)]];
  }),
);

// Tarjan's strongly connected components; any component of more than one file is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(v) {
  const s = { index, low: index, onStack: true };
  index += 1;
  state.set(v, s);
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    const t = state.get(w);
    if (!t) {
      visit(w);
      s.low = Math.min(s.low, state.get(w).low);
    } else if (t.onStack) s.low = Math.min(s.low, t.index);
  }
  if (s.low === s.index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
  }
}
for (const f of files) if (!state.has(f)) visit(f);

if (cycles.length === 0) {
  console.log(`no circular imports among ${files.length} modules`);
} else {
  for (const c of cycles) console.log(`circular: ${c.join(' ⇄ ')}`);
  console.log(`${cycles.length} circular import group(s)`);
  process.exit(1);
}
