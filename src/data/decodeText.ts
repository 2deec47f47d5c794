/**
 * Files from Swedish Excel come as UTF-8 (with or without BOM) or as
 * Windows-1252. The decision is made once per file:
 * - a UTF-8 BOM means UTF-8, so a single stray byte is an error at that byte,
 *   not a reason to read the whole file as Windows-1252 (`8 301` → `8Â 301`);
 * - without a BOM, a strict UTF-8 try decides; a file that fails it but holds
 *   well-formed multi-byte UTF-8 elsewhere is UTF-8 with a bad byte, too;
 * - otherwise the file is Windows-1252, unless it has a byte that encoding
 *   leaves undefined.
 */
export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' }
  /** Where the first byte that fits neither encoding is: row as a spreadsheet
   * counts it (1 = first line), column as the character position in that line. */
  | { ok: false; encoding: 'utf-8' | 'windows-1252'; row: number; position: number; byteInLine: number; byte: number };

/** Windows-1252's printable characters in 0x80–0x9F. Browsers decode these
 * correctly, but Node's TextDecoder treats the label as ISO-8859-1 and yields
 * C1 control codes, so we map them ourselves to behave the same everywhere. */
const CP1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};
/** Bytes Windows-1252 leaves undefined. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const hasBom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: see below whether it is meant to be.
  }
  const bad = firstInvalidUtf8(bytes);
  if (hasBom(bytes) || bad.sawMultiByte) return { ok: false, encoding: 'utf-8', ...where(bytes, bad.offset) };
  const undefinedByte = bytes.findIndex((b) => CP1252_UNDEFINED.has(b));
  if (undefinedByte >= 0) return { ok: false, encoding: 'windows-1252', ...where(bytes, undefinedByte) };
  const text = new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
  return { ok: true, text, encoding: 'windows-1252' };
}

/** Offset of the first byte that breaks UTF-8, and whether a well-formed
 * multi-byte sequence came before or after it. */
function firstInvalidUtf8(bytes: Uint8Array): { offset: number; sawMultiByte: boolean } {
  let offset = -1;
  let sawMultiByte = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      if (length > 1 && !(hasBom(bytes) && i === 0)) sawMultiByte = true;
      i += length;
    } else {
      if (offset < 0) offset = i;
      i += 1;
    }
    if (offset >= 0 && sawMultiByte) break;
  }
  return { offset, sawMultiByte };
}

/** Row and character position of a byte offset. */
function where(bytes: Uint8Array, offset: number): { row: number; position: number; byteInLine: number; byte: number } {
  let row = 1;
  let lineStart = hasBom(bytes) ? 3 : 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      row++;
      lineStart = i + 1;
    }
  }
  // Characters, not bytes: count the bytes that start a character.
  let position = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i] & 0xc0) !== 0x80) position++;
  return { row, position, byteInLine: offset - lineStart, byte: bytes[offset] };
}
