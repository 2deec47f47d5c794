import { looksLikeJson } from './parseEfforts.ts';
import { normaliseLineEnds } from './readTable.ts';

/**
 * One "load your own file" button serves both kinds of file: indicator tables
 * have a `delomrade_kod` column; effort files have `omraden` (CSV) or are
 * GeoJSON.
 */
export type FileKind = 'indicators' | 'efforts' | 'unknown';

export function detectFileKind(text: string): FileKind {
  if (looksLikeJson(text)) return 'efforts';
  // Only the first line matters; any line end (CR-only from old Mac Excel too) ends it.
  const firstLine = normaliseLineEnds(text.slice(0, 64 * 1024)).split('\n', 1)[0].toLowerCase();
  const columns = firstLine.split(/[;,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (columns.includes('delomrade_kod')) return 'indicators';
  if (columns.includes('omraden')) return 'efforts';
  return 'unknown';
}
