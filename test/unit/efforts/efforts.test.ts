import { describe, expect, it } from 'vitest';
import { parseEffortCsv, parseEffortGeoJson } from '../../../src/data/parseEfforts.ts';
import { overlaps, parseAgeRange } from '../../../src/efforts/ageRange.ts';
import { countEfforts } from '../../../src/efforts/counts.ts';
import { checkCriteria, DEFAULT_MIN_COST_KR } from '../../../src/efforts/criteria.ts';
import { departmentsOf, matchesFilter, NO_FILTER } from '../../../src/efforts/filter.ts';
import { effortsByArea, reachedAreas } from '../../../src/efforts/reach.ts';
import { readRepoFile } from '../data/context.ts';
import { geography } from '../../support/geography.ts';

const context = (fileName = 'insatser.csv') => ({
  fileName,
  illustrative: false,
  knownAreas: geography.delomradeNames,
  locator: geography.locator,
});
const HEADER = 'id;namn;typ;ansvarig;samverkan;omraden;lon;lat;start_ar;malgrupp;kostnad_kr;beskrivning';
const parse = (rows: string[]) => parseEffortCsv([HEADER, ...rows].join('\n'), context());
const ok = (rows: string[]) => {
  const r = parse(rows);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value.efforts;
};

describe('the bundled example efforts', () => {
  const r = parseEffortCsv(readRepoFile('data/efforts-example.csv'), context('efforts-example.csv'));
  it('parse without errors: 48 efforts, 6 citywide', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.efforts).toHaveLength(48);
    expect(r.value.efforts.filter((e) => e.citywide)).toHaveLength(6);
  });
  it('read lists, points, years, ages and costs', () => {
    if (!r.ok) throw new Error();
    const e019 = r.value.efforts.find((e) => e.id === 'E019')!;
    expect(e019).toMatchObject({
      type: 'Familjecentral',
      owner: 'ASN',
      partners: ['Region Skåne', 'FSKN'],
      areaCodes: ['48208'],
      point: [13.04871, 55.58154],
      startYear: 2012,
      target: { label: '0-6', min: 0, max: 6 },
      costKr: null,
    });
    expect(r.value.efforts.find((e) => e.id === 'E045')!.costKr).toBe(2400000);
  });
});

describe('effort validation names row and column', () => {
  it('reports unknown area codes, points outside Malmö, bad years, costs and ages', () => {
    const r = parse([
      'X1;A;Fritid;FRN;;99999;;;2020;10-18;;',
      'X2;B;Fritid;FRN;;;12,50;55,60;2020;10-18;;',
      'X3;C;Fritid;FRN;;25611;;;tjugo;10-18;-5;',
      'X4;D;Fritid;FRN;;25611;;;2020;tonåringar;;',
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      expect.objectContaining({ kind: 'unknown-code', row: 2, column: 'omraden', value: '99999' }),
      expect.objectContaining({ kind: 'point-outside-malmo', row: 3, column: 'lon' }),
      expect.objectContaining({ kind: 'bad-year', row: 4, column: 'start_ar', value: 'tjugo' }),
      expect.objectContaining({ kind: 'bad-cost', row: 4, column: 'kostnad_kr', value: '-5' }),
      expect.objectContaining({ kind: 'bad-age', row: 5, column: 'malgrupp', value: 'tonåringar' }),
    ]);
  });
  it('reports duplicate ids, missing names, a missing column and efforts without a place', () => {
    const r = parse(['X1;A;Fritid;FRN;;25611;;;;;;', 'X1;;Fritid;FRN;;;;;;;;']);
    expect(r.ok === false && r.errors).toEqual([
      expect.objectContaining({ kind: 'missing-value', row: 3, column: 'namn' }),
      expect.objectContaining({ kind: 'duplicate-id', row: 3, column: 'id', value: 'X1', count: 2 }),
      expect.objectContaining({ kind: 'no-location', row: 3, column: 'omraden' }),
    ]);
    const noColumn = parseEffortCsv('id;namn;typ\nX;Y;Z', context());
    expect(noColumn.ok === false && noColumn.errors.map((e) => e.column)).toEqual(['ansvarig', 'omraden']);
  });
  it('reads GeoJSON points and polygons and numbers features from 1', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [12.98576, 55.57216] }, properties: { id: 'G1', namn: 'Lokal', typ: 'Föreningsliv', ansvarig: 'Civilsamhälle', omraden: '' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [11.0, 57.7] }, properties: { id: 'G2', namn: 'Göteborg', typ: 'Fritid', ansvarig: 'FRN', omraden: '' } },
      ],
    };
    const r = parseEffortGeoJson(JSON.stringify(fc), context('lokaler.geojson'));
    expect(r.ok === false && r.errors).toEqual([expect.objectContaining({ kind: 'point-outside-malmo', row: 2, column: 'geometry', file: 'lokaler.geojson' })]);
    fc.features.pop();
    const good = parseEffortGeoJson(JSON.stringify(fc), context('lokaler.geojson'));
    expect(good.ok && reachedAreas(good.value.efforts[0])).toEqual(['25611']);
  });
  it('rejects broken JSON and JSON that is not a FeatureCollection', () => {
    expect(parseEffortGeoJson('{"type": "Feature', context()).ok).toBe(false);
    const r = parseEffortGeoJson('{"type":"Point","coordinates":[13,55.6]}', context());
    expect(r.ok === false && r.errors[0].kind).toBe('not-geojson');
  });
});

describe('joining efforts to areas', () => {
  const efforts = ok([
    'A;Listed;Fritid;FRN;;25611|25609;;;2020;10-18;;',
    'B;Point in Holma;Föreningsliv;Civilsamhälle;FRN;;12.98576;55.57216;2010;7-19;;',
    'C;Both;Familjecentral;ASN;Region Skåne;25611;12.98576;55.57216;2012;0-6;500000;',
    'D;Citywide;Samverkan;ASN;GSN;*;;;2019;0-20;;',
  ]);
  it('uses listed codes, the point’s delområde, and keeps citywide apart', () => {
    expect(efforts.map((e) => reachedAreas(e))).toEqual([['25611', '25609'], ['25611'], ['25611'], []]);
  });
  it('counts each effort once per area, by type, with known cost and per 1,000 children', () => {
    const byArea = effortsByArea(efforts);
    expect(byArea.get('25611')!.map((e) => e.id)).toEqual(['A', 'B', 'C']);
    expect(byArea.get('25609')!.map((e) => e.id)).toEqual(['A']);
    expect(byArea.has('11319')).toBe(false);
    expect(countEfforts(byArea.get('25611')!, 1500)).toEqual({
      total: 3,
      byType: { Fritid: 1, Föreningsliv: 1, Familjecentral: 1 },
      knownCostKr: 500000,
      costUnknown: 2,
      perThousandChildren: 2,
    });
    expect(countEfforts([], null).perThousandChildren).toBeNull();
  });
  it('reaches the delområden a polygon covers, not those it only touches', () => {
    const holma = geography.delomraden.find((f) => f.properties.code === '25611')!;
    const file = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'P', namn: 'Holma', typ: 'Fritid', ansvarig: 'FRN', omraden: '' }, geometry: holma.geometry }] });
    const parsed = parseEffortGeoJson(file, context());
    expect(parsed.ok && reachedAreas(parsed.value.efforts[0])).toEqual(['25611']);
  });
});

describe('filters', () => {
  const efforts = ok([
    'A;Fritidsgård;Fritid;FRN;;25611;;;2008;10-18;;',
    'B;Familjecentral;Familjecentral;ASN;Region Skåne|FSKN;25611;;;2012;0-6;;',
    'C;Trygg belysning;Fysisk miljö;TN;MKB;36105;;;2024;alla;2400000;',
  ]);
  const ids = (filter: Partial<typeof NO_FILTER>) => efforts.filter((e) => matchesFilter(e, { ...NO_FILTER, ...filter })).map((e) => e.id);
  it('hide types', () => expect(ids({ hiddenTypes: ['Fritid'] })).toEqual(['B', 'C']));
  it('match a department as responsible or partner', () => {
    expect(ids({ department: 'FSKN' })).toEqual(['B']);
    expect(ids({ department: 'ASN' })).toEqual(['B']);
    expect(departmentsOf(efforts)).toEqual(['ASN', 'FRN', 'FSKN', 'MKB', 'Region Skåne', 'TN']);
  });
  it('match target ages by overlap, "alla" reaching everyone', () => expect(ids({ ages: [13, 16] })).toEqual(['A', 'C']));
  it('match start years inclusively', () => expect(ids({ fromYear: 2010, toYear: 2012 })).toEqual(['B']));
});

describe('age ranges', () => {
  it.each([
    ['0-6', { min: 0, max: 6 }],
    ['12–18', { min: 12, max: 18 }],
    ['alla', { min: 0, max: 120 }],
    ['8', { min: 8, max: 8 }],
  ])('parse %j', (raw, range) => expect(parseAgeRange(raw)).toMatchObject(range));
  it.each(['', 'unga', '18-12', '1-2-3'])('reject %j', (raw) => expect(parseAgeRange(raw)).toBeNull());
  it('overlap inclusively', () => {
    expect(overlaps({ label: '', min: 0, max: 6 }, 6, 12)).toBe(true);
    expect(overlaps({ label: '', min: 0, max: 5 }, 6, 12)).toBe(false);
    expect(overlaps(null, 6, 12)).toBe(true);
  });
});

describe('the model’s criteria', () => {
  const base = { owner: 'ASN', partners: ['GSN'], uvasLink: 'Fler behöriga till gymnasiet', preventive: true, costKr: 1_200_000 };
  const met = (e: typeof base, min = DEFAULT_MIN_COST_KR) => checkCriteria(e, min).map((c) => c.met);
  it('are all met by a two-actor preventive UVAS effort over 1 MSEK', () => expect(met(base)).toEqual([true, true, true, true]));
  it('need two distinct actors', () => {
    expect(met({ ...base, partners: [] })[0]).toBe(false);
    expect(met({ ...base, partners: ['ASN', ' '] })[0]).toBe(false);
  });
  it('take the cost floor as a setting', () => {
    expect(met({ ...base, costKr: 600_000 })[3]).toBe(false);
    expect(met({ ...base, costKr: 600_000 }, 500_000)[3]).toBe(true);
  });
  it('say "not stated" where the data is silent', () => {
    expect(met({ ...base, uvasLink: null as unknown as string, preventive: null as unknown as boolean, costKr: null as unknown as number })).toEqual([true, null, null, null]);
  });
});
