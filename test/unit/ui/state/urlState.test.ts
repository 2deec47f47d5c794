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
const context = { variableKeys: new Set(['a', 'b']), areaCodes: new Set(['25611', '11319']), gesoCodes: new Set(['1', '9']) };

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
      layers: { proposed: false, labels: true, efforts: false },
      effortFilter: { hiddenTypes: ['Fritid', 'Fysisk miljö'], department: 'Region Skåne', ages: [13, 16], fromYear: 2010, toYear: null },
      map: { lon: 13.01234, lat: 55.58765, zoom: 12.5 },
      language: 'en',
      resultsView: 'need-effort',
      topN: 2,
      mapColour: 'probability',
      uncertainty: { spread: 'uniform', drawNormalisation: true, samplingNoise: true, samples: 50_000, seed: 4_000_000_000 },
    };
    const query = encodeView(view, defaults);
    expect(decodeView(query, defaults, context)).toEqual({ view, ignored: [] });
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
});
