/**
 * Property-based fuzzing of everything that reads untrusted input: the
 * indicator and effort parsers (through the same entry as the app's file
 * button), the URL codec and scenario import. Fixed seeds and a bounded
 * number of runs keep it deterministic and within CI's budget.
 *
 * Properties: never throws; every problem becomes a sentence that names the
 * file; a small case never takes long (a generous bound, far above the
 * milliseconds these take, so a busy machine does not fail it); valid
 * generated files round-trip exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadUserFile, type UserFileResult } from '../../src/data/loadUserFile.ts';
import type { VariableDefinition } from '../../src/index/types.ts';
import { describeIssue } from '../../src/ui/i18n/describeIssue.ts';
import { isScenario, parseScenarioFile, scenarioFile, validateScenario } from '../../src/ui/state/scenarioStore.ts';
import { decodeView } from '../../src/ui/state/urlState.ts';
import { defaultView } from '../../src/ui/state/view.ts';
import { context as indicatorContext } from './data/context.ts';
import { geography } from '../support/geography.ts';

const SEED = 20261201;
/** Per case; the cases are a few kilobytes and take milliseconds. */
const TIME_BOUND_MS = 3000;
const { defaultVariables, populationColumns } = indicatorContext();
const ctx = { knownAreas: geography.delomradeNames, locator: geography.locator, defaultVariables, populationColumns };
const codes = [...geography.delomradeNames.keys()];
const encoder = new TextEncoder();

function load(name: string, bytes: Uint8Array): UserFileResult {
  const start = performance.now();
  const loaded = loadUserFile(name, bytes, ctx);
  expect(performance.now() - start).toBeLessThan(TIME_BOUND_MS);
  if (!loaded.result.ok) {
    expect(loaded.result.errors.length).toBeGreaterThan(0);
    for (const issue of loaded.result.errors) {
      const sentence = describeIssue(issue, 'sv');
      expect(sentence).toContain(name);
      // The file's own cell is quoted as it is ("NaN" typed by a user is fine).
      expect(sentence.replace(issue.value ?? '\u0000', '')).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  }
  return loaded;
}

const indexVariables = defaultVariables.filter((v) => v.role !== 'outcome');
const INDICATOR_HEADER = ['delomrade_kod', 'delomrade_namn', 'befolkning', 'befolkning_0_16', ...indexVariables.map((v) => v.key)];
/** Cells as Swedish spreadsheets write them, and as they break them. */
const messyCell = fc.oneof(
  fc.constantFrom('', '..', '-', '12,5', '1 234', '10\u00a0990', '"', '""', ';', ',', '\t', '\r', '\n', '\ufeff', '=1+1', '__proto__', '1e308', '-1e308', '0x1A', 'NaN'),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(...codes.slice(0, 5)),
);

describe('fuzzing the file button', () => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('a.csv', 'b.geojson'), (bytes, name) => void load(name, bytes)),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never throws on indicator tables with messy cells, separators and line ends', () => {
    const table = fc.record({
      separator: fc.constantFrom(';', ',', '\t'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      header: fc.shuffledSubarray(INDICATOR_HEADER, { minLength: 1 }).chain((h) => fc.tuple(fc.constant(h), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }))),
      rows: fc.array(fc.array(messyCell, { maxLength: 12 }), { maxLength: 20 }),
      bom: fc.boolean(),
    });
    fc.assert(
      fc.property(table, ({ separator, newline, header: [known, extra], rows, bom }) => {
        const text = [[...known, ...extra], ...rows].map((r) => r.join(separator)).join(newline);
        load('tabell.csv', encoder.encode(`${bom ? '\ufeff' : ''}${text}`));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reads valid generated indicator tables exactly, however Excel saved them', () => {
    const value = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10));
    const file = fc.record({
      separator: fc.constantFrom(';', '\t'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      trailing: fc.boolean(),
      quoted: fc.boolean(),
      rows: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 2, maxLength: 20 }).chain((picked) =>
        fc.tuple(...picked.map((code) => fc.record({ code: fc.constant(code), population: fc.integer({ min: 0, max: 99_999 }), values: fc.tuple(value, value, value, value) }))),
      ),
    });
    fc.assert(
      fc.property(file, ({ separator, newline, bom, trailing, quoted, rows }) => {
        const q = (s: string) => (quoted ? `"${s}"` : s);
        // Thousands groups with a non-breaking space, decimal commas, `..` for missing.
        const number = (n: number | null) => (n === null ? '..' : String(n).replace('.', ','));
        const group = (n: number) => n.toLocaleString('sv-SE').replace(/\s/g, '\u00a0');
        const lines = [
          INDICATOR_HEADER.map(q).join(separator),
          ...rows.map((r) => [q(r.code), q('Namn'), group(r.population), '0', ...r.values.map(number)].join(separator)),
        ].map((line) => (trailing ? `${line}${separator}${separator}` : line));
        const loaded = load('giltig.csv', encoder.encode(`${bom ? '\ufeff' : ''}${lines.join(newline)}${newline}`));
        expect(loaded.kind).toBe('indicators');
        if (loaded.kind !== 'indicators' || !loaded.result.ok) throw new Error(JSON.stringify(loaded.result));
        for (const r of rows) {
          const area = loaded.result.value.areas.find((a) => a.code === r.code)!;
          expect(area.population).toBe(r.population);
          expect(indexVariables.map((v) => area.values[v.key])).toEqual(r.values);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('never throws on arbitrary JSON as an effort GeoJSON', () => {
    const geometry = fc.oneof(
      fc.jsonValue({ maxDepth: 5 }),
      fc.record({ type: fc.constantFrom('Point', 'Polygon', 'MultiPolygon', 'LineString'), coordinates: fc.jsonValue({ maxDepth: 5 }) }),
    );
    const properties = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ id: fc.jsonValue({ maxDepth: 2 }), namn: fc.string(), typ: fc.string(), ansvarig: fc.string(), omraden: fc.oneof(fc.string(), fc.constantFrom(...codes.slice(0, 3))) }),
    );
    const feature = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ type: fc.constant('Feature'), geometry, properties }));
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 10 }), (features) => {
        load('insatser.geojson', encoder.encode(JSON.stringify({ type: 'FeatureCollection', features })));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reads valid generated effort tables exactly, quotes and separators in text included', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.trim() !== '' && !/[|\r\n]/.test(s) && s !== '*');
    const effort = fc.record({ name: text, type: text, owner: text, area: fc.constantFrom(...codes), cost: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(effort, { minLength: 1, maxLength: 15 }), fc.constantFrom('\n', '\r\n', '\r'), (efforts, newline) => {
        const cell = (s: string) => `"${s.replaceAll('"', '""')}"`;
        const lines = ['id;namn;typ;ansvarig;omraden;kostnad_kr', ...efforts.map((e, i) => [`E${i}`, cell(e.name), cell(e.type), cell(e.owner), e.area, e.cost ?? ''].join(';'))];
        const loaded = load('insatser.csv', encoder.encode(lines.join(newline)));
        if (loaded.kind !== 'efforts' || !loaded.result.ok) throw new Error(JSON.stringify(loaded.result));
        expect(loaded.result.value.efforts.map((e) => ({ name: e.name, type: e.type, owner: e.owner, area: e.areaCodes[0], cost: e.costKr }))).toEqual(efforts);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe('fuzzing links and scenario files', () => {
  const variables = defaultVariables as VariableDefinition[];
  const defaults = defaultView(variables, new Set(variables.map((v) => v.key)));
  const decodeContext = { variableKeys: new Set(variables.map((v) => v.key)), areaCodes: new Set(codes), gesoCodes: new Set(geography.geso.map((f) => String(f.properties.code))), years: new Set([2024]) };
  const KNOWN = ['w', 'd', 'n', 'l', 'c', 'fix', 'sel', 'lay', 'eh', 'ed', 'ea', 'ey', 'map', 'lang', 'vy', 'top', 'col', 'us', 'ud', 'ur'];

  it('decodes any query to a view inside the app’s domain, reporting each rejected part', () => {
    const part = fc.tuple(fc.oneof(fc.constantFrom(...KNOWN), fc.string({ maxLength: 5 })), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(',,', '0x0D', 'a:5:6', '+', '%', '%2C', '1e400', '-0')));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const query = parts.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const { view, ignored, ignoredCount } = decodeView(query, defaults, decodeContext);
        expect(ignored.length).toBeLessThanOrEqual(ignoredCount);
        expect(Object.keys(view.weights).sort()).toEqual(Object.keys(defaults.weights).sort());
        for (const w of Object.values(view.weights)) expect(w >= 0 && w <= 100).toBe(true);
        if (view.map) for (const x of [view.map.lon, view.map.lat, view.map.zoom]) expect(Number.isFinite(x)).toBe(true);
        if (view.selected !== null) expect((view.level === 'delomrade' ? decodeContext.areaCodes : decodeContext.gesoCodes).has(view.selected)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('never throws on arbitrary scenario files, and valid ones round-trip', () => {
    const keys = decodeContext.variableKeys;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify({ format: 'kraftsamla-scenario', ...(typeof j === 'object' && j !== null ? j : { j }) }))), (text) => {
        parseScenarioFile(text, keys);
      }),
      { seed: SEED, numRuns: 300 },
    );
    const scenario = fc.record({
      name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s !== ''),
      savedAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
      weights: fc.tuple(...variables.map(() => fc.integer({ min: 0, max: 100 }))).map((w) => Object.fromEntries(variables.map((v, i) => [v.key, w[i]]))),
      directions: fc.constant({}),
      normalisation: fc.constantFrom('zscore' as const, 'minmax' as const, 'percentile' as const),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const parsed = parseScenarioFile(scenarioFile(s), keys);
        expect(isScenario(parsed) && parsed).toEqual(s);
        expect(validateScenario(JSON.parse(JSON.stringify(s)), null)).toEqual(s);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
