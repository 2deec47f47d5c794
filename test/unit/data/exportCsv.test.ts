import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/data/exportCsv.ts';

describe('CSV export', () => {
  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '\0=1+1'])('defuses the formula %j', (text) => {
    expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
  });
  it('writes numbers with a decimal comma, untouched by the formula guard', () => {
    expect(csvCell(-0.25)).toBe('-0,25');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
  });
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Västra hamnen; Gamla staden')).toBe('"Västra hamnen; Gamla staden"');
    expect(csvCell('Sa "hej"')).toBe('"Sa ""hej"""');
  });
  it('starts with a BOM and uses ; and CRLF', () => {
    expect(toCsv(['a', 'b'], [[1.5, 'x']])).toBe('\ufeffa;b\r\n1,5;x\r\n');
  });
});
