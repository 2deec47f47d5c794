import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/decodeText.ts';

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Örtagården')]);
    expect(decodeText(bytes)).toEqual({ text: 'Örtagården', encoding: 'utf-8' });
  });
  it('falls back to Windows-1252 for Swedish Excel files', () => {
    const bytes = new Uint8Array(Buffer.from('Örtagården;Håkanstorp', 'latin1'));
    expect(decodeText(bytes)).toEqual({ text: 'Örtagården;Håkanstorp', encoding: 'windows-1252' });
  });
  it('reads Windows-1252 characters outside Latin-1, such as the en dash', () => {
    expect(decodeText(new Uint8Array([0x41, 0x96, 0x42])).text).toBe('A–B');
  });
});
