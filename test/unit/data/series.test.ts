import { describe, expect, it } from 'vitest';
import { combineYears, withYear, yearFromFileName } from '../../../src/data/combineYears.ts';
import { parseIndicatorText, yearList, type IndicatorDataset } from '../../../src/data/parseIndicators.ts';
import type { LoadResult } from '../../../src/data/loadIssue.ts';
import { context, HEADER, knownAreas, readRepoFile } from './context.ts';

const [A, B] = [...knownAreas.keys()];
const SERIES_HEADER = 'delomrade_kod;ar;befolkning;befolkning_0_16;befolkning_20_24;behorighet_yrkesprogram;trangboddhet;ekonomiskt_bistand;laginkomststandard;uvas_20_24';
const parse = (text: string, file = 'serie.csv') => parseIndicatorText(text, context(file));
const ok = (r: LoadResult<IndicatorDataset>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};

describe('a series in long format (one row per area and year)', () => {
  it('reads the bundled series: 136 areas × 2015–2024, the latest year opens, its 2024 slice is the single-year file', () => {
    const series = ok(parse(readRepoFile('data/indicators-series-example.csv'), 'indicators-series-example.csv')).value;
    expect(series.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(series.areas).toBe(series.byYear.get(2024));
    expect(series.byYear.get(2019)).toHaveLength(136);
    const single = ok(parse(readRepoFile('data/indicators-example.csv'))).value;
    for (const [i, a] of single.areas.entries()) {
      const s = series.areas[i];
      expect({ code: s.code, population: s.population, children: s.children }).toEqual({ code: a.code, population: a.population, children: a.children });
      for (const [key, value] of Object.entries(a.values)) expect(s.values[key]).toBe(value);
    }
    // The outcome is a variable with its own population base, not an index variable.
    const uvas = series.variables.find((v) => v.key === 'uvas_20_24')!;
    expect(uvas.role).toBe('outcome');
    expect(series.areas[0].youngAdults).toBeGreaterThan(0);
    expect(series.byYear.get(2015)!.every((a) => a.values.uvas_20_24 === null)).toBe(true);
  });

  it('says which years a variable is missing in, and which years an area has no row', () => {
    const rows = [`${A};2019;100;10;5;80;5;5;5;..`, `${A};2020;100;10;5;80;5;5;5;3`, `${B};2020;100;10;5;80;5;5;5;4`];
    const r = ok(parse([SERIES_HEADER, ...rows].join('\n')));
    expect(r.value.years).toEqual([2019, 2020]);
    expect(r.warnings).toContainEqual({ file: 'serie.csv', kind: 'variable-missing-years', row: 1, column: 'uvas_20_24', value: '2019' });
    expect(r.warnings).toContainEqual({ file: 'serie.csv', kind: 'area-missing-years', row: 4, column: 'delomrade_kod', value: `${B}: 2019` });
    expect(r.value.byYear.get(2019)!.find((a) => a.code === B)!.values.trangboddhet).toBeNull();
  });

  it('refuses a year that is not a year, naming row and column', () => {
    for (const bad of ['tjugo', '20x9', '1066', '3024', '2019.5', '']) {
      const r = parse([SERIES_HEADER, `${A};${bad};100;10;5;80;5;5;5;3`].join('\n'));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toContainEqual({ file: 'serie.csv', kind: 'bad-year', row: 2, column: 'ar', value: bad });
    }
  });

  it('refuses the same area twice in one year, naming both rows', () => {
    const r = parse([SERIES_HEADER, `${A};2020;100;10;5;80;5;5;5;3`, `${A};2021;100;10;5;80;5;5;5;3`, `${A};2020;100;10;5;80;5;5;5;3`].join('\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ file: 'serie.csv', kind: 'duplicate-area-year', row: 4, column: 'delomrade_kod', value: A, count: 2, year: 2020 }]);
  });

  it('years need not be in order; the list of years is', () => {
    const r = ok(parse([SERIES_HEADER, `${A};2022;100;10;5;80;5;5;5;3`, `${A};2018;100;10;5;80;5;5;5;3`].join('\n')));
    expect(r.value.years).toEqual([2018, 2022]);
  });
});

describe('several single-year files, each given a year', () => {
  const file = (name: string, trangboddhet: number, extra = '') =>
    ok(parse([HEADER + (extra ? `;${extra}` : ''), `${A};;100;10;80;${trangboddhet};5;5${extra ? ';7' : ''}`].join('\n'), name)).value;

  it('a file without a year column has no year until it is given one', () => {
    const single = file('a.csv', 5);
    expect(single.years).toEqual([]);
    const dated = ok(withYear(single, 2021)).value;
    expect(dated.years).toEqual([2021]);
    expect(dated.byYear.get(2021)![0].values.trangboddhet).toBe(5);
  });

  it('combine into one series; a variable present in some files only is missing for the others, and said so', () => {
    const r = ok(combineYears([{ dataset: file('2019.csv', 4), year: 2019 }, { dataset: file('2020.csv', 6, 'egen'), year: 2020 }]));
    expect(r.value.years).toEqual([2019, 2020]);
    expect(r.value.fileName).toBe('2019.csv, 2020.csv');
    expect(r.value.byYear.get(2019)![0].values).toMatchObject({ trangboddhet: 4, egen: null });
    expect(r.value.byYear.get(2020)![0].values).toMatchObject({ trangboddhet: 6, egen: 7 });
    expect(r.warnings).toContainEqual(expect.objectContaining({ kind: 'variable-missing-years', column: 'egen', value: '2019' }));
  });

  it('refuses two files for one year, and a file without a plausible year', () => {
    const r = combineYears([{ dataset: file('a.csv', 4), year: 2019 }, { dataset: file('b.csv', 6), year: 2019 }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ kind: 'duplicate-year', file: 'b.csv', year: 2019, value: 'a.csv' }]);
    const bad = combineYears([{ dataset: file('a.csv', 4), year: 19 }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ kind: 'bad-year', file: 'a.csv', value: '19' });
  });

  it('a series file and single-year files combine; the latest year opens', () => {
    const series = ok(parse([SERIES_HEADER, `${A};2018;100;10;5;80;5;5;5;3`, `${A};2019;100;10;5;80;5;5;5;3`].join('\n'))).value;
    const r = ok(combineYears([{ dataset: series, year: null }, { dataset: file('2020.csv', 9), year: 2020 }]));
    expect(r.value.years).toEqual([2018, 2019, 2020]);
    expect(r.value.areas[0].values.trangboddhet).toBe(9);
  });

  it('the question is pre-filled from the file name', () => {
    expect(yearFromFileName('indikatorer-2019.csv')).toBe(2019);
    expect(yearFromFileName('delomraden_2023_v2.csv')).toBe(2023);
    expect(yearFromFileName('data.csv')).toBeNull();
    expect(yearFromFileName('12019.csv')).toBeNull();
  });
});

it('year lists are written as runs', () => {
  expect(yearList([2015, 2016, 2019, 2021, 2022, 2023])).toBe('2015–2016, 2019, 2021–2023');
});
