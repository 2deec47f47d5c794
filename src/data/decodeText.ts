/**
 * Files from Swedish Excel come as UTF-8 (with or without BOM) or as
 * Windows-1252. Strict UTF-8 decoding fails on Windows-1252's å/ä/ö bytes,
 * which is how we tell the two apart; the BOM is dropped either way.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
