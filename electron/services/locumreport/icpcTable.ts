import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoIcpcCodes, parseIcpcTable, type IcpcCode } from '../../../shared/domain/icpc/icpc';

/**
 * The ICPC table the composer searches: the organisation's licensed table when `icpc.tsv` is in
 * the data directory (format in docs/locum-report.md), otherwise the small demo set.
 */
export function loadIcpcTable(dataDir: string): IcpcCode[] {
  const file = join(dataDir, 'icpc.tsv');
  if (!existsSync(file)) return demoIcpcCodes;
  const { codes, rejected } = parseIcpcTable(readFileSync(file, 'utf8'));
  if (rejected.length > 0)
    console.warn(
      `[schakel] icpc.tsv: ${rejected.length} lines not read (first: line ${rejected[0]})`,
    );
  return codes.length > 0 ? codes : demoIcpcCodes;
}
