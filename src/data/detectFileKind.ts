import { looksLikeJson } from './parseEfforts.ts';

/**
 * One "load your own file" button serves both kinds of file: indicator tables
 * have a `delomrade_kod` column; effort files have `omraden` (CSV) or are
 * GeoJSON.
 */
export type FileKind = 'indicators' | 'efforts' | 'unknown';

export function detectFileKind(text: string): FileKind {
  if (looksLikeJson(text)) return 'efforts';
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0].toLowerCase();
  const columns = firstLine.split(/[;,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  if (columns.includes('delomrade_kod')) return 'indicators';
  if (columns.includes('omraden')) return 'efforts';
  return 'unknown';
}
