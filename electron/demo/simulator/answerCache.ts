import { formatTs } from '../../services/switchpoint/hl7/ts';
import type { ResponseContext } from './hl7/responses';

/**
 * A source's answer for one patient and day does not change between requests, only its
 * envelope ids and times do. The simulator serialises each answer once with placeholders and
 * fills them in per request: the XML on the wire is the same, the CPU cost is not.
 */
const PLACEHOLDER = {
  idRoot: '9.9.9.1',
  idExtension: 'SCHAKEL-ID-EXT',
  time: '99990101000000',
  targetRoot: '9.9.9.2',
  targetExtension: 'SCHAKEL-TARGET-EXT',
  queryRoot: '9.9.9.3',
  queryExtension: 'SCHAKEL-QUERY-EXT',
  receiver: '999999991',
} as const;
const PATTERN = new RegExp(
  Object.values(PLACEHOLDER)
    .map((v) => v.replace(/\./g, '\\.'))
    .join('|'),
  'g',
);

export function templateContext(source: ResponseContext['source']): ResponseContext {
  return {
    id: { root: PLACEHOLDER.idRoot, extension: PLACEHOLDER.idExtension },
    creationTime: PLACEHOLDER.time,
    target: { root: PLACEHOLDER.targetRoot, extension: PLACEHOLDER.targetExtension },
    queryId: { root: PLACEHOLDER.queryRoot, extension: PLACEHOLDER.queryExtension },
    receiverApplicationId: PLACEHOLDER.receiver,
    senderApplicationId: '1',
    source,
  };
}

export function fillTemplate(template: string, ctx: ResponseContext): string {
  const values: Record<string, string> = {
    [PLACEHOLDER.idRoot]: ctx.id.root,
    [PLACEHOLDER.idExtension]: ctx.id.extension,
    [PLACEHOLDER.time]:
      typeof ctx.creationTime === 'string' ? ctx.creationTime : formatTs(ctx.creationTime),
    [PLACEHOLDER.targetRoot]: ctx.target.root,
    [PLACEHOLDER.targetExtension]: ctx.target.extension,
    [PLACEHOLDER.queryRoot]: ctx.queryId.root,
    [PLACEHOLDER.queryExtension]: ctx.queryId.extension,
    [PLACEHOLDER.receiver]: ctx.receiverApplicationId,
  };
  return template.replace(PATTERN, (m) => escapeAttr(values[m] ?? m));
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface AnswerCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function createAnswerCache(capacity = 2000): AnswerCache {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key),
    set(key, value) {
      if (map.size >= capacity) map.delete(map.keys().next().value as string);
      map.set(key, value);
    },
  };
}
