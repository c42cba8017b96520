import type { Progress, SourcePartView } from '../../../shared/api/progressSchemas';

type Category = 'summary' | 'medication';

interface Stream {
  correlationId: string;
  parts: SourcePartView[];
  done: boolean;
  waiters: Set<() => void>;
}

/**
 * The parts of the running queries, per category, for the open patient only. Medical data: in
 * memory, dropped when the patient closes (the patient's abort signal: close, sign-out, lock) and
 * replaced when the next query of the category starts. Only the records service writes here, and
 * only after it has logged the part.
 */
export function createProgressStore() {
  let bsn: string | null = null;
  const streams = new Map<Category, Stream>();

  const wakeAll = (stream: Stream) => {
    for (const wake of stream.waiters) wake();
    stream.waiters.clear();
  };

  function clear() {
    for (const stream of streams.values()) wakeAll(stream);
    streams.clear();
    bsn = null;
  }

  return {
    /** A new query for the patient starts: what an earlier query of the category left goes. */
    start(patientBsn: string, category: Category, correlationId: string, signal: AbortSignal) {
      if (bsn !== patientBsn) clear();
      bsn = patientBsn;
      const previous = streams.get(category);
      if (previous) wakeAll(previous);
      const stream: Stream = { correlationId, parts: [], done: false, waiters: new Set() };
      streams.set(category, stream);
      const forget = () => {
        if (streams.get(category) === stream) clear();
      };
      if (signal.aborted) forget();
      else signal.addEventListener('abort', forget, { once: true });
      return {
        push(part: Omit<SourcePartView, 'seq'>) {
          if (streams.get(category) !== stream) return;
          stream.parts.push({ ...part, seq: stream.parts.length });
          wakeAll(stream);
        },
        finish() {
          stream.done = true;
          wakeAll(stream);
        },
      };
    },

    /** The parts from `since` on; waits up to `waitMs` for a new one when there is none yet. */
    async read(
      patientBsn: string,
      category: Category,
      since: number,
      waitMs: number,
    ): Promise<Progress> {
      const view = (): Progress => {
        const stream = bsn === patientBsn ? streams.get(category) : undefined;
        if (!stream) return { correlationId: null, parts: [], next: 0, done: true };
        return {
          correlationId: stream.correlationId,
          parts: stream.parts.slice(since),
          next: Math.max(since, stream.parts.length),
          done: stream.done,
        };
      };
      const now = view();
      const stream = bsn === patientBsn ? streams.get(category) : undefined;
      if (!stream || now.parts.length > 0 || now.done || waitMs === 0) return now;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done() {
          clearTimeout(timer);
          stream?.waiters.delete(done);
          resolve();
        }
        stream.waiters.add(done);
      });
      return view();
    },

    clear,
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
