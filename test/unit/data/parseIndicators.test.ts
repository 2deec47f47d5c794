import { describe, expect, it } from 'vitest';
import { parseIndicatorBytes, parseIndicatorText } from '../../../src/data/parseIndicators.ts';
import { context, HEADER, readRepoFile } from './context.ts';

const ok = (text: string) => {
  const r = parseIndicatorText(text, context());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const errorsOf = (text: string) => {
  const r = parseIndicatorText(text, context());
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};

describe('the bundled example file', () => {
  const r = parseIndicatorText(readRepoFile('data/indicators-example.csv'), { ...context('indicators-example.csv'), illustrative: true });
  it('parses without errors or warnings into 136 areas', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.value.areas).toHaveLength(136);
    expect(r.value.illustrative).toBe(true);
    expect(r.value.variables.map((v) => v.key)).toEqual([
      'behorighet_yrkesprogram',
      'trangboddhet',
      'ekonomiskt_bistand',
      'laginkomststandard',
    ]);
  });
  it('reads decimal commas and `..` as suppressed', () => {
    if (!r.ok) throw new Error();
    const byCode = new Map(r.value.areas.map((a) => [a.code, a]));
    expect(byCode.get('10101')).toMatchObject({
      name: 'Västra Hamnen',
      population: 10990,
      children: 1348,
      values: { behorighet_yrkesprogram: 85.7, trangboddhet: 7, ekonomiskt_bistand: 1.3, laginkomststandard: 12.4 },
    });
    expect(byCode.get('10103')!.values.trangboddhet).toBeNull();
  });
});

describe('formats users save in', () => {
  const row = '11319;Södra Sofielund;5000;900;46,6;30,1;12,5;35,0';
  it('accepts comma-separated files with decimal points', () => {
    const r = ok(`${HEADER.replaceAll(';', ',')}\n${row.replace(/(\d),(\d)/g, '$1.$2').replaceAll(';', ',')}`);
    expect(r.value.areas.find((a) => a.code === '11319')!.values.trangboddhet).toBe(30.1);
  });
  it('accepts comma-separated files with quoted decimal commas', () => {
    const r = ok(`${HEADER.replaceAll(';', ',')}\n11319,Södra Sofielund,5000,900,"46,6","30,1","12,5","35,0"`);
    expect(r.value.areas.find((a) => a.code === '11319')!.values.behorighet_yrkesprogram).toBe(46.6);
  });
  it('accepts Windows-1252 bytes and headers in other case', () => {
    const bytes = new Uint8Array(Buffer.from(`${HEADER.toUpperCase()}\r\n${row}\r\n`, 'latin1'));
    const r = parseIndicatorBytes(bytes, context());
    expect(r.ok).toBe(true);
  });
  it('accepts UTF-8 with BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${HEADER}\n${row}\n`)]);
    expect(parseIndicatorBytes(bytes, context()).ok).toBe(true);
  });
  it('treats empty cells as suppressed and warns about areas without a row', () => {
    const r = ok(`${HEADER}\n11319;Södra Sofielund;5000;900;;30,1;..;35,0`);
    const area = r.value.areas.find((a) => a.code === '11319')!;
    expect(area.values.behorighet_yrkesprogram).toBeNull();
    expect(area.values.ekonomiskt_bistand).toBeNull();
    expect(r.warnings).toEqual([expect.objectContaining({ kind: 'areas-without-row', count: 135 })]);
    expect(r.value.areas).toHaveLength(136);
  });
});

describe('extra columns', () => {
  it('turn numeric columns into optional variables', () => {
    const r = ok(`${HEADER};Trygghet_enkat;kommentar\n11319;Södra Sofielund;5000;900;46,6;30,1;12,5;35,0;62,5;bra\n25611;Holma;4000;1000;47,5;40;20;40;..;`);
    expect(r.value.variables.map((v) => v.key).slice(4)).toEqual(['trygghet_enkat']);
    expect(r.value.variables[4]).toMatchObject({ direction: 'higher-is-more-need', unit: '' });
    expect(r.value.areas.find((a) => a.code === '11319')!.values.trygghet_enkat).toBe(62.5);
    expect(r.warnings).toContainEqual(expect.objectContaining({ kind: 'text-column-ignored', column: 'kommentar', row: 1 }));
  });
  it('may hold values outside 0–100', () => {
    expect(ok(`${HEADER};medianinkomst\n11319;S;5000;900;46,6;30,1;12,5;35,0;245 000`).value.areas.find((a) => a.code === '11319')!.values.medianinkomst).toBe(245000);
  });
});

describe('errors name the row and column', () => {
  it('reports a missing required column', () => {
    expect(errorsOf('delomrade_kod;befolkning\n11319;5')).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'missing-column', column: 'trangboddhet', row: 1, file: 'test.csv' })]),
    );
  });
  it('reports unknown and duplicate codes', () => {
    const errors = errorsOf(`${HEADER}\n99999;X;1;1;1;1;1;1\n11319;A;1;1;1;1;1;1\n11319;B;1;1;1;1;1;1`);
    expect(errors).toEqual([
      expect.objectContaining({ kind: 'unknown-code', row: 2, column: 'delomrade_kod', value: '99999' }),
      expect.objectContaining({ kind: 'duplicate-code', row: 4, column: 'delomrade_kod', value: '11319', count: 3 }),
    ]);
  });
  it('reports non-numeric values and percentages outside 0–100', () => {
    const errors = errorsOf(`${HEADER}\n11319;A;5000;900;abc;130;12,5;-1`);
    expect(errors).toEqual([
      expect.objectContaining({ kind: 'not-a-number', row: 2, column: 'behorighet_yrkesprogram', value: 'abc' }),
      expect.objectContaining({ kind: 'percentage-out-of-range', row: 2, column: 'trangboddhet', value: '130' }),
      expect.objectContaining({ kind: 'percentage-out-of-range', row: 2, column: 'laginkomststandard', value: '-1' }),
    ]);
  });
  it('reports a negative population and a missing code', () => {
    expect(errorsOf(`${HEADER}\n11319;A;-5;900;1;1;1;1\n;B;1;1;1;1;1;1`)).toEqual([
      expect.objectContaining({ kind: 'missing-code', row: 3 }),
      expect.objectContaining({ kind: 'negative-population', row: 2, column: 'befolkning' }),
    ]);
  });
  it('reports rows with the wrong number of fields', () => {
    expect(errorsOf(`${HEADER}\n11319;A;5000;900;1;1;1`)).toContainEqual(expect.objectContaining({ kind: 'malformed-row', row: 2 }));
  });
  it('reports an empty file, a binary file and a duplicated header', () => {
    expect(errorsOf('')).toEqual([expect.objectContaining({ kind: 'empty-file' })]);
    const utf16 = new Uint8Array(Buffer.from(HEADER, 'utf16le'));
    expect(parseIndicatorBytes(utf16, context())).toEqual({ ok: false, errors: [expect.objectContaining({ kind: 'binary-file' })] });
    expect(errorsOf(`${HEADER};trangboddhet\n`)).toContainEqual(expect.objectContaining({ kind: 'duplicate-column', column: 'trangboddhet' }));
  });
  it('caps long error lists and says how many more there are', () => {
    const rows = Array.from({ length: 40 }, () => '11319;A;x;1;1;1;1;1').join('\n');
    const errors = errorsOf(`${HEADER}\n${rows}`);
    expect(errors).toHaveLength(26);
    // 40 errors: the first row's "x", then 39 duplicate codes; 25 are shown.
    expect(errors[25]).toMatchObject({ kind: 'more-issues', count: 15 });
  });
  it('keeps a hostile cell as plain data', () => {
    const errors = errorsOf(`${HEADER}\n11319;A;5000;900;<img src=x onerror=alert(1)>;1;1;1`);
    expect(errors[0]).toMatchObject({ kind: 'not-a-number', value: '<img src=x onerror=alert(1)>' });
  });
});
