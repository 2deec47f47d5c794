import { parseAgeRange } from '../efforts/ageRange.ts';
import type { AreaLocator } from '../efforts/areaLocator.ts';
import type { Effort, EffortDataset } from '../efforts/types.ts';
import { jsonErrorPlace } from './jsonErrorPlace.ts';
import type { LoadIssue, LoadResult } from './loadIssue.ts';
import type { OnProgress } from './parseIndicators.ts';
import { parseNumberCell } from './parseNumber.ts';
import { capIssues, isTableFailure, MAX_ROWS, readTable } from './readTable.ts';
import { validateGeometry } from './validateGeometry.ts';

export interface EffortContext {
  fileName: string;
  illustrative: boolean;
  knownAreas: ReadonlyMap<string, string>;
  /** Which delområden a point or polygon reaches; the join happens once, here. */
  locator: AreaLocator;
}

/** As many features as a CSV may have rows. */
export const MAX_FEATURES = MAX_ROWS;

export const REQUIRED_EFFORT_COLUMNS = ['id', 'namn', 'typ', 'ansvarig', 'omraden'] as const;
const CITYWIDE = '*';

/** The fields of one effort as text, from a CSV row or GeoJSON properties. */
type Fields = (column: string) => string;

/**
 * Effort files: the CSV format of efforts-example.csv, or GeoJSON points and
 * polygons with the same properties. Every problem names file, row (or
 * feature number) and column.
 */
export function parseEffortText(text: string, context: EffortContext, onProgress?: OnProgress): LoadResult<EffortDataset> {
  return looksLikeJson(text) ? parseEffortGeoJson(text, context, onProgress) : parseEffortCsv(text, context, onProgress);
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text.replace(/^\ufeff/, ''));
}

export function parseEffortCsv(text: string, context: EffortContext, onProgress?: OnProgress): LoadResult<EffortDataset> {
  const file = context.fileName;
  const table = readTable(text);
  if (!table) return { ok: false, errors: [{ kind: 'empty-file', file }] };
  if (isTableFailure(table)) return { ok: false, errors: table.fatal.map((issue) => ({ file, ...issue })) };
  const missing = REQUIRED_EFFORT_COLUMNS.filter((c) => !table.columnIndex.has(c));
  if (missing.length > 0) return { ok: false, errors: missing.map((column) => ({ kind: 'missing-column', file, row: 1, column })) };
  const errors: LoadIssue[] = table.issues.map((i) => ({ file, ...i }));
  const ids = new Map<string, number>();
  const efforts = table.rows.map((r, i) => {
    if (i % 64 === 0) onProgress?.(i / table.rows.length);
    return readEffort((c) => table.cell(r, c), r.row, null, context, errors, ids);
  });
  return finish(efforts, context, errors);
}

/** A property as text; objects and arrays of objects are refused, not shown as "[object Object]". */
function propertyText(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A list of codes or partners, as a GeoJSON writer may give it.
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join('|');
  return null;
}

export function parseEffortGeoJson(text: string, context: EffortContext, onProgress?: OnProgress): LoadResult<EffortDataset> {
  const file = context.fileName;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const place = jsonErrorPlace(text.replace(/^\ufeff/, ''), error);
    return { ok: false, errors: [{ kind: 'not-json', file, row: place?.line, count: place?.column }] };
  }
  const collection = json as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { ok: false, errors: [{ kind: 'not-geojson', file }] };
  }
  const features: unknown[] = collection.features;
  if (features.length > MAX_FEATURES) return { ok: false, errors: [{ kind: 'too-many-features', file, count: features.length, value: String(MAX_FEATURES) }] };
  const errors: LoadIssue[] = [];
  const ids = new Map<string, number>();
  const efforts = features.map((raw, i) => {
    if (i % 16 === 0) onProgress?.(i / features.length);
    const row = i + 1;
    const feature = (raw && typeof raw === 'object' ? raw : {}) as { properties?: unknown; geometry?: unknown };
    const properties = (feature.properties && typeof feature.properties === 'object' && !Array.isArray(feature.properties) ? feature.properties : {}) as Record<string, unknown>;
    const read = new Map<string, string>();
    const fields: Fields = (c) => {
      let text = read.get(c);
      if (text === undefined) {
        const own = propertyText(Object.hasOwn(properties, c) ? properties[c] : undefined);
        if (own === null) errors.push({ kind: 'not-text', file, row, column: c });
        text = own ?? '';
        read.set(c, text);
      }
      return text;
    };
    let point: [number, number] | null = null;
    let polygon: Effort['polygon'] = null;
    let refused = false;
    if (feature.geometry !== undefined && feature.geometry !== null) {
      const checked = validateGeometry(feature.geometry);
      refused = !checked.ok;
      if (!checked.ok) errors.push({ kind: 'bad-geometry', file, row, column: 'geometry', value: checked.detail ? `${checked.problem}: ${checked.detail}` : checked.problem });
      else if (checked.geometry.type === 'Point') point = checked.geometry.coordinates as [number, number];
      else polygon = checked.geometry;
    }
    return readEffort(fields, row, { point, polygon, refused }, context, errors, ids);
  });
  return finish(efforts, context, errors);
}

function finish(efforts: (Effort | null)[], context: EffortContext, errors: LoadIssue[]): LoadResult<EffortDataset> {
  if (errors.length > 0) return { ok: false, errors: capIssues(errors, context.fileName) };
  return {
    ok: true,
    value: { fileName: context.fileName, illustrative: context.illustrative, efforts: efforts.filter((e): e is Effort => e !== null) },
    warnings: [],
  };
}

function readEffort(
  field: Fields,
  row: number,
  /** From GeoJSON; `refused` when the feature's geometry was invalid (already reported). */
  geometry: { point: [number, number] | null; polygon: Effort['polygon']; refused: boolean } | null,
  context: EffortContext,
  errors: LoadIssue[],
  /** id → row where it was first seen, across the whole file. */
  ids: Map<string, number>,
): Effort | null {
  const file = context.fileName;
  const before = errors.length;
  // One problem per cell: a cell already refused (say, an object) is not also "missing".
  const fail = (column: string, kind: LoadIssue['kind'], value?: string, count?: number) => {
    if (!errors.slice(before).some((e) => e.column === column)) errors.push({ kind, file, row, column, value, count });
  };

  const text = (column: string) => field(column).trim();
  for (const column of ['id', 'namn', 'typ', 'ansvarig'] as const) if (text(column) === '') fail(column, 'missing-value');

  const id = text('id');
  if (id !== '' && ids.has(id)) fail('id', 'duplicate-id', id, ids.get(id));
  else if (id !== '') ids.set(id, row);

  const rawAreas = text('omraden');
  const citywide = rawAreas === CITYWIDE;
  const areaCodes = citywide ? [] : splitList(rawAreas);
  for (const code of areaCodes) if (!context.knownAreas.has(code)) fail('omraden', 'unknown-code', code);

  let point = geometry?.point ?? null;
  if (!geometry) {
    const [lon, lat] = [text('lon'), text('lat')];
    if (lon !== '' || lat !== '') {
      const x = parseNumberCell(lon);
      const y = parseNumberCell(lat);
      if (x.kind !== 'number') fail('lon', 'bad-coordinate', lon);
      else if (y.kind !== 'number') fail('lat', 'bad-coordinate', lat);
      else point = [x.value, y.value];
    }
  }
  if (point && (!Number.isFinite(point[0]) || !Number.isFinite(point[1]))) {
    fail(geometry ? 'geometry' : 'lon', 'bad-coordinate', String(point));
    point = null;
  }
  const reached = new Set(areaCodes.filter((code) => context.knownAreas.has(code)));
  if (point) {
    const code = context.locator.locate(point);
    if (code === null) fail(geometry ? 'geometry' : 'lon', 'point-outside-malmo', `${point[0]}, ${point[1]}`);
    else reached.add(code);
  }
  const polygon = geometry?.polygon ?? null;
  if (polygon) {
    const covered = context.locator.covered(polygon);
    if (covered.length === 0) fail('geometry', 'polygon-outside-malmo');
    for (const code of covered) reached.add(code);
  }
  // A location that was given but refused is already reported; "no location" would repeat it.
  const refusedPlace = geometry?.refused || errors.slice(before).some((e) => e.column === 'lon' || e.column === 'lat');
  if (!citywide && areaCodes.length === 0 && !point && !polygon && !refusedPlace) fail('omraden', 'no-location');

  const year = text('start_ar');
  let startYear: number | null = null;
  if (year !== '') {
    if (/^\d{4}$/.test(year) && Number(year) >= 1900 && Number(year) <= 2100) startYear = Number(year);
    else fail('start_ar', 'bad-year', year);
  }

  const cost = text('kostnad_kr');
  let costKr: number | null = null;
  if (cost !== '') {
    const parsed = parseNumberCell(cost);
    if (parsed.kind === 'number' && parsed.value >= 0) costKr = parsed.value;
    else if (parsed.kind !== 'missing') fail('kostnad_kr', 'bad-cost', cost);
  }

  const age = text('malgrupp');
  const target = age === '' ? null : parseAgeRange(age);
  if (age !== '' && !target) fail('malgrupp', 'bad-age', age);

  const preventiveText = text('forebyggande').toLowerCase();
  if (errors.length > before) return null;
  return {
    id,
    name: text('namn'),
    type: text('typ'),
    owner: text('ansvarig'),
    partners: splitList(text('samverkan')),
    areaCodes,
    reached: citywide ? [] : [...reached],
    citywide,
    point,
    polygon,
    startYear,
    target,
    costKr,
    description: text('beskrivning'),
    uvasLink: text('uvas') || null,
    preventive: preventiveText === '' ? null : ['ja', 'yes', 'true', '1', 'x'].includes(preventiveText),
  };
}

function splitList(raw: string): string[] {
  return raw
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
