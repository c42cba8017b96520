import type { RawPage } from './rawCdp';

/** The parts of a V8 heap snapshot (HeapProfiler.takeHeapSnapshot) these benchmarks read. */
export interface HeapSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Bytes of the renderer's heap by what they are, from one snapshot. */
export interface HeapByKind {
  /** The app's objects, arrays, strings, closures: where a record's data would stay behind. */
  data: number;
  /** Compiled code (bytecode, baseline and optimised code, feedback): grows as V8 compiles. */
  code: number;
  /** Hidden classes (maps, descriptor arrays): grow once per object layout V8 meets. */
  shapes: number;
  /** V8's own number-to-string caches, held from its root list: an engine cache, not app data. */
  engineCaches: number;
  /** Blink's objects (DOM, layout, performance entries) as the snapshot reports them. */
  native: number;
}

const chunksOf = new WeakMap<RawPage, string[]>();

/** Takes a heap snapshot after two forced collections (weak callbacks run between them). */
export async function takeHeapSnapshot(page: RawPage): Promise<HeapSnapshot> {
  let chunks = chunksOf.get(page);
  if (!chunks) {
    const own: string[] = [];
    chunks = own;
    chunksOf.set(page, own);
    page.on('HeapProfiler.addHeapSnapshotChunk', (p) => own.push(p.chunk as string));
  }
  chunks.length = 0;
  await page.send('HeapProfiler.collectGarbage');
  await page.send('HeapProfiler.collectGarbage');
  await page.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snapshot = JSON.parse(chunks.join('')) as HeapSnapshot;
  chunks.length = 0;
  return snapshot;
}

const ENGINE_CACHES = new Set(['smi_string_cache', 'double_string_cache']);

export function heapByKind(s: HeapSnapshot): HeapByKind {
  const { node_fields: nf, node_types: nt, edge_fields: ef } = s.snapshot.meta;
  const [F, E] = [nf.length, ef.length];
  const [typeAt, sizeAt] = [nf.indexOf('type'), nf.indexOf('self_size')];
  const [toAt, nameAt] = [ef.indexOf('to_node'), ef.indexOf('name_or_index')];
  const caches = new Set<number>();
  for (let e = 0; e < s.edges.length; e += E) {
    const name = s.strings[s.edges[e + nameAt] as number];
    if (name !== undefined && ENGINE_CACHES.has(name)) caches.add(s.edges[e + toAt] as number);
  }
  const out: HeapByKind = { data: 0, code: 0, shapes: 0, engineCaches: 0, native: 0 };
  for (let i = 0; i < s.nodes.length; i += F) {
    const type = nt[0][s.nodes[i + typeAt] as number];
    const size = s.nodes[i + sizeAt] as number;
    if (caches.has(i)) out.engineCaches += size;
    else if (type === 'code') out.code += size;
    else if (type === 'object shape') out.shapes += size;
    else if (type === 'native') out.native += size;
    else out.data += size;
  }
  return out;
}
