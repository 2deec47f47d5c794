import { parseAgeRange } from '../efforts/ageRange.ts';
import type { Effort, EffortDataset } from '../efforts/types.ts';
import type { LoadIssue, LoadResult } from './loadIssue.ts';
import { parseNumberCell } from './parseNumber.ts';
import { capIssues, readTable } from './readTable.ts';

export interface EffortContext {
  fileName: string;
  illustrative: boolean;
  knownAreas: ReadonlyMap<string, string>;
  /** The delområde a point lies in, or null outside Malmö. */
  locate: (point: [number, number]) => string | null;
}

export const REQUIRED_EFFORT_COLUMNS = ['id', 'namn', 'typ', 'ansvarig', 'omraden'] as const;
const CITYWIDE = '*';

/** The fields of one effort as text, from a CSV row or GeoJSON properties. */
type Fields = (column: string) => string;

/**
 * Effort files: the CSV format of efforts-example.csv, or GeoJSON points and
 * polygons with the same properties. Every problem names file, row (or
 * feature number) and column.
 */
export function parseEffortText(text: string, context: EffortContext): LoadResult<EffortDataset> {
  return looksLikeJson(text) ? parseEffortGeoJson(text, context) : parseEffortCsv(text, context);
}

export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text.replace(/^\ufeff/, ''));
}

export function parseEffortCsv(text: string, context: EffortContext): LoadResult<EffortDataset> {
  const file = context.fileName;
  const table = readTable(text);
  if (!table) return { ok: false, errors: [{ kind: 'empty-file', file }] };
  const missing = REQUIRED_EFFORT_COLUMNS.filter((c) => !table.columnIndex.has(c));
  if (missing.length > 0) return { ok: false, errors: missing.map((column) => ({ kind: 'missing-column', file, row: 1, column })) };
  const errors: LoadIssue[] = table.issues.map((i) => ({ file, ...i }));
  const ids = new Map<string, number>();
  const efforts = table.rows.map((r) => readEffort((c) => table.cell(r, c), r.row, null, context, errors, ids));
  return finish(efforts, context, errors);
}

export function parseEffortGeoJson(text: string, context: EffortContext): LoadResult<EffortDataset> {
  const file = context.fileName;
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, errors: [{ kind: 'not-json', file, value: (error as Error).message }] };
  }
  const collection = json as GeoJSON.FeatureCollection;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    return { ok: false, errors: [{ kind: 'not-geojson', file }] };
  }
  const errors: LoadIssue[] = [];
  const ids = new Map<string, number>();
  const efforts = collection.features.map((feature, i) => {
    const row = i + 1;
    const properties = (feature?.properties ?? {}) as Record<string, unknown>;
    const fields: Fields = (c) => (properties[c] === undefined || properties[c] === null ? '' : String(properties[c]));
    const geometry = feature?.geometry;
    let point: [number, number] | null = null;
    let polygon: Effort['polygon'] = null;
    if (geometry?.type === 'Point') point = geometry.coordinates.slice(0, 2) as [number, number];
    else if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon') polygon = geometry;
    else if (geometry) errors.push({ kind: 'not-geojson', file, row, column: 'geometry', value: geometry.type });
    return readEffort(fields, row, { point, polygon }, context, errors, ids);
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
  geometry: { point: [number, number] | null; polygon: Effort['polygon'] } | null,
  context: EffortContext,
  errors: LoadIssue[],
  /** id → row where it was first seen, across the whole file. */
  ids: Map<string, number>,
): Effort | null {
  const file = context.fileName;
  const before = errors.length;
  const fail = (column: string, kind: LoadIssue['kind'], value?: string, count?: number) =>
    errors.push({ kind, file, row, column, value, count });

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
  if (point && context.locate(point) === null) {
    fail(geometry ? 'geometry' : 'lon', 'point-outside-malmo', `${point[0]}, ${point[1]}`);
  }
  const polygon = geometry?.polygon ?? null;
  if (!citywide && areaCodes.length === 0 && !point && !polygon) fail('omraden', 'no-location');

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
