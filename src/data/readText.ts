import { decodeText } from './decodeText.ts';
import type { LoadIssue } from './loadIssue.ts';

/** Files larger than this are not indicator or effort tables; refused before reading. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The text of a file, or why it cannot be read: binary, too large, or a
 * byte that fits neither UTF-8 nor Windows-1252 (named by row, column and
 * position so the user can find it).
 */
export function readText(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; errors: LoadIssue[] } {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, errors: [{ kind: 'file-too-large', file, count: bytes.length, value: String(MAX_FILE_BYTES) }] };
  // NUL bytes mean a binary file or UTF-16, neither of which we can read.
  if (bytes.includes(0)) return { ok: false, errors: [{ kind: 'binary-file', file }] };
  const decoded = decodeText(bytes);
  if (decoded.ok) return { ok: true, text: decoded.text };
  return {
    ok: false,
    errors: [
      {
        kind: 'bad-encoding',
        file,
        row: decoded.row,
        column: columnAt(bytes, decoded.row, decoded.byteInLine),
        position: decoded.position,
        value: `0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}/${decoded.encoding}`,
      },
    ],
  };
}

/** The header name of the CSV column holding a character, when the file looks like a CSV. */
function columnAt(bytes: Uint8Array, row: number, byteInLine: number): string | undefined {
  // latin1 keeps one character per byte, which is all separators need.
  const lines = new TextDecoder('latin1').decode(bytes.subarray(0, 1 << 20)).split(/\r\n|\r|\n/);
  const header = lines[0]?.replace(/^\u00ef\u00bb\u00bf/, '');
  const line = row === 1 ? header : lines[row - 1];
  if (header === undefined || line === undefined) return undefined;
  const separator = [';', ',', '\t'].reduce((best, s) => (header.split(s).length > header.split(best).length ? s : best), ';');
  const names = header.split(separator);
  if (names.length < 2) return undefined;
  const index = line.slice(0, byteInLine).split(separator).length - 1;
  return names[index]?.trim().replace(/^"|"$/g, '').toLowerCase() || undefined;
}
