import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../../../src/ui/state/urlState.ts';
import type { VariableDefinition } from '../../../../src/index/types.ts';
import { defaultView, type ViewState } from '../../../../src/ui/state/view.ts';

// Two variables, a and b, with the app's default view.
const defaults: ViewState = defaultView(
  [
    { key: 'a', direction: 'lower-is-more-need' },
    { key: 'b', direction: 'higher-is-more-need' },
  ] as VariableDefinition[],
  new Set(['a', 'b']),
);
const context = { variableKeys: new Set(['a', 'b']), areaCodes: new Set(['25611', '11319', '10101', '10102', '10103', '10104']), gesoCodes: new Set(['1', '9']), years: new Set([2019, 2020, 2024]) };

describe('view links', () => {
  it('leave the default view as an empty query', () => {
    expect(encodeView(defaults, defaults)).toBe('');
  });

  it('round-trip every part of a view', () => {
    const view: ViewState = {
      weights: { a: 70, b: 0 },
      directions: { a: 'higher-is-more-need', b: 'higher-is-more-need' },
      normalisation: 'percentile',
      level: 'delomrade',
      classification: 'stddev',
      fixedClasses: true,
      selected: '25611',
      layers: { proposed: false, chosen: true, labels: true, efforts: false },
      effortFilter: { hiddenTypes: ['Fritid', 'Fysisk miljö'], department: 'Region Skåne', ages: [13, 16], fromYear: 2010, toYear: null },
      map: { lon: 13.01234, lat: 55.58765, zoom: 12.5 },
      language: 'en',
      resultsView: 'need-effort',
      topN: 2,
      mapColour: 'probability',
      uncertainty: { spread: 'uniform', drawNormalisation: true, samplingNoise: true, samples: 50_000, seed: 4_000_000_000 },
      year: 2019,
      referenceYear: 2024,
      changeFrom: 2020,
      changeMeasure: { variable: 'b' },
      followUp: { name: 'Styrgruppens val', codes: ['11319'], startYear: 2026, comparisonSize: 5 },
    };
    const query = encodeView(view, defaults);
    expect(query).toContain('ar=2019&ref=2024');
    expect(decodeView(query, defaults, context)).toEqual({ view, ignored: [], ignoredCount: 0 });
  });

  it('ignore unknown keys, negative, too large or non-numeric weights, and report them', () => {
    const { view, ignored } = decodeView('?w=a:-5,b:abc,c:10,a:150&foo=bar&n=median&l=geso', defaults, context);
    expect(view.weights).toEqual(defaults.weights);
    expect(view.normalisation).toBe('zscore');
    expect(view.level).toBe('geso');
    expect(ignored).toEqual(['w=a:-5', 'w=b:abc', 'w=c:10', 'w=a:150', 'foo=bar', 'n=median']);
  });

  it('ignore an out-of-range top N, an unknown spread and a sample size the app does not offer', () => {
    const { view, ignored } = decodeView('?top=0&us=huge&ud=n,x&ur=123:4&col=red', defaults, context);
    expect(view).toEqual(defaults);
    expect(ignored).toEqual(['top=0', 'us=huge', 'ud=n,x', 'ur=123:4', 'col=red']);
  });

  it('treat script in a parameter as plain text and never apply it', () => {
    const hostile = `?sel=${encodeURIComponent('<img src=x onerror=alert(1)>')}&lang=${encodeURIComponent('javascript:alert(1)')}`;
    const { view, ignored } = decodeView(hostile, defaults, context);
    expect(view).toEqual(defaults);
    expect(ignored).toEqual(['lang=javascript:alert(1)', 'sel=<img src=x onerror=alert(1)>']);
  });

  it('shorten long reported values and refuse oversized ones', () => {
    const { ignored } = decodeView(`?x=${'a'.repeat(5000)}`, defaults, context);
    expect(ignored[0]).toHaveLength(41);
  });

  it('ignore and report years the data lacks, unknown follow-up codes and bad follow-up values', () => {
    const { view, ignored } = decodeView('?ar=2031&ref=19x4&jfr=2020&fu=25611,99999&fus=20&fuk=0&andr=v:okand', defaults, context);
    expect([view.year, view.referenceYear, view.changeFrom]).toEqual([null, null, 2020]);
    expect(view.followUp.codes).toEqual(['25611']);
    expect(view.followUp.startYear).toBe(defaults.followUp.startYear);
    expect(ignored).toEqual(['ref=19x4', 'fu=99999', 'fus=20', 'fuk=0', 'andr=v:okand', 'ar=2031']);
  });

  it('accept a GeSO code as selection only at GeSO level', () => {
    expect(decodeView('?l=geso&sel=9', defaults, context).view.selected).toBe('9');
    expect(decodeView('?sel=9', defaults, context).ignored).toEqual(['sel=9']);
    // A number that is no GeSO code is refused as well.
    expect(decodeView('?l=geso&sel=12', defaults, context).ignored).toEqual(['sel=12']);
  });

  it('reject map positions outside the world', () => {
    expect(decodeView('?map=13,95,12', defaults, context).ignored).toEqual(['map=13,95,12']);
    expect(decodeView('?map=13,55.6,12', defaults, context).view.map).toEqual({ lon: 13, lat: 55.6, zoom: 12 });
  });

  it('refuse what the app never writes, one notice per rejected part (issue 9 case 13)', () => {
    const ignoredOf = (q: string) => decodeView(q, defaults, context).ignored;
    expect(ignoredOf('?l=geso&sel=99')).toEqual(['sel=99']);
    expect(ignoredOf('?map=,,')).toEqual(['map=,,']);
    expect(ignoredOf('?map=0x0D,55.6,12')).toEqual(['map=0x0D,55.6,12']);
    expect(ignoredOf('?map=13,55.6,12,4')).toEqual(['map=13,55.6,12,4']);
    expect(ignoredOf('?map=1e1,55.6,12')).toEqual(['map=1e1,55.6,12']);
    expect(ignoredOf('?w=a:5:6,b:7')).toEqual(['w=a:5:6']);
    expect(ignoredOf('?d=a:%2B:-')).toEqual(['d=a:+:-']);
  });

  it('read a hand-typed + in d= as + (URLSearchParams makes it a space)', () => {
    const { view, ignored } = decodeView('?d=b:-,a:+', defaults, context);
    expect(ignored).toEqual([]);
    expect(view.directions).toEqual({ a: 'higher-is-more-need', b: 'lower-is-more-need' });
  });

  it('keep effort types and variable keys with , : and % whole', () => {
    const keys = ['a,b', 'c:d', '50%', '%2C'];
    const own = defaultView(keys.map((key) => ({ key, direction: 'higher-is-more-need' })) as VariableDefinition[], new Set(keys));
    const view: ViewState = { ...own, weights: { 'a,b': 10, 'c:d': 20, '50%': 30, '%2C': 40 }, effortFilter: { ...own.effortFilter, hiddenTypes: ['Skola, fritid', 'a:b', '100%', '%2C'] } };
    const decoded = decodeView(encodeView(view, own), own, { ...context, variableKeys: new Set(keys) });
    expect(decoded.ignored).toEqual([]);
    expect(decoded.view.weights).toEqual(view.weights);
    expect(decoded.view.effortFilter.hiddenTypes).toEqual(['Skola, fritid', 'a:b', '100%', '%2C']);
  });

  it('list at most the first rejected parts of a hostile link, and count the rest', () => {
    const hostile = `?${Array.from({ length: 10_000 }, (_, i) => `w=x${i}:1`).join('&')}`;
    const decoded = decodeView(hostile, defaults, context);
    expect(decoded.ignored).toHaveLength(25);
    expect(decoded.ignoredCount).toBe(10_000);
  });

  it('decode every link the app writes to the view it was written from (property)', () => {
    const keys = ['a', 'b', '__proto__', 'x,y:z%'];
    const own = defaultView(keys.map((key) => ({ key, direction: 'higher-is-more-need' })) as VariableDefinition[], new Set(keys.slice(0, 2)));
    const ctx = { variableKeys: new Set(keys), areaCodes: context.areaCodes, gesoCodes: context.gesoCodes, years: context.years };
    const weight = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10));
    const year = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });
    const fixed = (digits: number) => (x: number) => Number(x.toFixed(digits));
    const viewArb = fc.record({
      weights: fc.tuple(weight, weight, weight, weight).map((w) => Object.fromEntries(keys.map((k, i) => [k, w[i]]))),
      directions: fc.tuple(...keys.map(() => fc.constantFrom('higher-is-more-need' as const, 'lower-is-more-need' as const))).map((d) => Object.fromEntries(keys.map((k, i) => [k, d[i]]))),
      normalisation: fc.constantFrom('zscore' as const, 'minmax' as const, 'percentile' as const),
      level: fc.constantFrom('delomrade' as const, 'geso' as const),
      classification: fc.constantFrom('quantile' as const, 'equal' as const, 'stddev' as const),
      fixedClasses: fc.boolean(),
      layers: fc.record({ proposed: fc.boolean(), chosen: fc.boolean(), labels: fc.boolean(), efforts: fc.boolean() }),
      hiddenTypes: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }).filter((t) => t.trim() !== ''), { maxLength: 4 }),
      department: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: null }),
      ages: fc.option(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 })).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as [number, number]), { nil: null }),
      years: fc.tuple(year, year),
      map: fc.option(fc.record({ lon: fc.double({ min: -180, max: 180, noNaN: true }).map(fixed(5)), lat: fc.double({ min: -85, max: 85, noNaN: true }).map(fixed(5)), zoom: fc.double({ min: 0, max: 22, noNaN: true }).map(fixed(2)) }), { nil: null }),
      language: fc.constantFrom('sv' as const, 'en' as const),
      resultsView: fc.constantFrom('ranking' as const, 'robustness' as const, 'need-effort' as const, 'scenarios' as const),
      topN: fc.integer({ min: 1, max: 2 }),
      mapColour: fc.constantFrom('index' as const, 'probability' as const),
      spread: fc.constantFrom('small' as const, 'medium' as const, 'large' as const, 'uniform' as const),
      drawNormalisation: fc.boolean(),
      samplingNoise: fc.boolean(),
      seed: fc.integer({ min: 0, max: 0xffffffff }),
    });
    fc.assert(
      fc.property(viewArb, fc.boolean(), (v, select) => {
        const codes = v.level === 'delomrade' ? ['25611'] : ['9'];
        const view: ViewState = {
          ...own,
          weights: v.weights,
          directions: v.directions,
          normalisation: v.normalisation,
          level: v.level,
          classification: v.classification,
          fixedClasses: v.fixedClasses,
          selected: select ? codes[0] : null,
          layers: v.layers,
          effortFilter: { hiddenTypes: v.hiddenTypes, department: v.department, ages: v.ages, fromYear: v.years[0], toYear: v.years[1] },
          map: v.map && { lon: v.map.lon || 0, lat: v.map.lat || 0, zoom: v.map.zoom || 0 },
          language: v.language,
          resultsView: v.resultsView,
          topN: v.topN,
          mapColour: v.mapColour,
          uncertainty: { ...own.uncertainty, spread: v.spread, drawNormalisation: v.drawNormalisation, samplingNoise: v.samplingNoise, seed: v.seed },
        };
        const decoded = decodeView(encodeView(view, own), own, ctx);
        expect(decoded.ignored).toEqual([]);
        expect(decoded.view).toEqual(view);
      }),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
