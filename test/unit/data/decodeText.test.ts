import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/decodeText.ts';
import { readText } from '../../../src/data/readText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('Örtagården')]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Örtagården', encoding: 'utf-8' });
  });
  it('falls back to Windows-1252 for Swedish Excel files', () => {
    const bytes = new Uint8Array(Buffer.from('Örtagården;Håkanstorp', 'latin1'));
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Örtagården;Håkanstorp', encoding: 'windows-1252' });
  });
  it('reads Windows-1252 characters outside Latin-1, such as the en dash', () => {
    expect(decodeText(new Uint8Array([0x41, 0x96, 0x42]))).toMatchObject({ ok: true, text: 'A–B' });
  });
  it('keeps a UTF-8 file with a BOM UTF-8 and points at the one Windows-1252 byte', () => {
    // Issue 9 case 6: a non-breaking space must not turn into "8Â 301".
    const bytes = new Uint8Array([...BOM, ...utf8('delomrade_kod;befolkning\n11319;8\u00a0301\n12345;Malm'), 0xf6, ...utf8('\n')]);
    expect(decodeText(bytes)).toEqual({ ok: false, encoding: 'utf-8', row: 3, position: 11, byteInLine: 10, byte: 0xf6 });
  });
  it('treats a file without BOM but with UTF-8 letters and one stray byte as UTF-8 too', () => {
    const bytes = new Uint8Array([...utf8('namn;ort\nÖrtagården;'), 0xe5, ...utf8('\n')]);
    expect(decodeText(bytes)).toMatchObject({ ok: false, encoding: 'utf-8', row: 2, position: 12 });
  });
  it('refuses a byte that Windows-1252 leaves undefined', () => {
    expect(decodeText(new Uint8Array([0x41, 0x0a, 0x42, 0x81]))).toMatchObject({ ok: false, encoding: 'windows-1252', row: 2, position: 2 });
  });
  it('counts CR-only line ends as rows', () => {
    expect(decodeText(new Uint8Array([...BOM, 0x41, 0x0d, 0x42, 0x0d, 0xff]))).toMatchObject({ ok: false, row: 3, position: 1 });
  });
});

describe('readText', () => {
  it('names the file, row, column and byte of an encoding error', () => {
    const bytes = new Uint8Array([...BOM, ...utf8('delomrade_kod;befolkning;namn\n11319;8\u00a0301;Malm'), 0xf6, ...utf8('\n')]);
    expect(readText('data.csv', bytes)).toEqual({
      ok: false,
      errors: [{ kind: 'bad-encoding', file: 'data.csv', row: 2, column: 'namn', position: 17, value: '0xF6/utf-8' }],
    });
  });
  it('refuses binary files and files beyond the size limit before decoding', () => {
    expect(readText('bild.png', new Uint8Array([137, 80, 0]))).toEqual({ ok: false, errors: [{ kind: 'binary-file', file: 'bild.png' }] });
    const huge = readText('stor.csv', new Uint8Array(20 * 1024 * 1024 + 1));
    expect(huge.ok === false && huge.errors[0].kind).toBe('file-too-large');
  });
});
