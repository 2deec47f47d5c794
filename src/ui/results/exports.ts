import { toCsv } from '../../data/exportCsv.ts';
import type { Geography } from '../../data/geography.ts';
import type { VariableDefinition } from '../../index/types.ts';
import type { DerivedView } from '../state/selectors/derivedView.ts';
import type { Level } from '../state/view.ts';
import type { FollowUp } from '../../followup/followUp.ts';

/** Column names for the fixed columns, in the user's language; variables keep their keys. */
export interface RankingCsvHeaders {
  rank: string;
  code: string;
  name: string;
  index: string;
}

/** The ranking as shown, for a spreadsheet: rank, code, name, index, values. */
export function rankingCsv(view: Pick<DerivedView, 'order' | 'areaByCode' | 'scoreByCode'>, variables: readonly VariableDefinition[], headers: RankingCsvHeaders): string {
  const header = [headers.rank, headers.code, headers.name, headers.index, ...variables.map((v) => v.key)];
  const rows = view.order.map((code) => {
    const area = view.areaByCode.get(code)!;
    const score = view.scoreByCode.get(code)!;
    return [score.rank, code, area.name, roundIndex(score.index), ...variables.map((v) => area.values[v.key] ?? null)];
  });
  return toCsv(header, rows);
}

/** Three decimals: one more than the table shows, so a spreadsheet still
 * orders areas the table shows as equal, without float noise. */
export const roundIndex = (index: number | null): number | null => (index === null ? null : Math.round(index * 1000) / 1000 || 0);

/** The areas with their index, rank and values, as GeoJSON for GIS users. */
export function rankingGeoJson(view: Pick<DerivedView, 'areaByCode' | 'scoreByCode'>, level: Level, geography: Geography, licence: string): string {
  const features = (level === 'delomrade' ? geography.delomraden : geography.geso).map((f) => {
    const code = String(f.properties.code);
    const score = view.scoreByCode.get(code);
    const area = view.areaByCode.get(code);
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: { code, name: area?.name ?? f.properties.name, index: score?.index ?? null, rank: score?.rank ?? null, ...(area?.values ?? {}) },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', licence, features });
}

/** Column names of the series exports, in the user's language. */
export interface SeriesCsvHeaders {
  variable: string;
  year: string;
  group: string;
  value: string;
  population: string;
  reporting: string;
  seriesBreak: string;
  source: string;
}

/** The source written on every exported row: the file, and "Exempeldata" when it is. */
export function sourceOf(data: { fileName: string; illustrative: boolean }, exampleLabel: string): string {
  return data.illustrative ? `${data.fileName} (${exampleLabel})` : data.fileName;
}

/** One line of a chart: a group's values over the years. */
export interface SeriesLine {
  variable: VariableDefinition;
  group: string;
  points: readonly { year: number; value: number | null; population?: number; reporting?: number; members?: number }[];
}

/**
 * The numbers behind a set of charts, one row per variable, group and year
 * (long format, so a spreadsheet pivots it), with the series break named on
 * the first year on the new basis and the data's source on every row.
 */
export function seriesCsv(lines: readonly SeriesLine[], headers: SeriesCsvHeaders, source: string): string {
  const rows = lines.flatMap(({ variable, group, points }) =>
    points.map((p) => [
      variable.key,
      p.year,
      group,
      p.value,
      p.population ?? null,
      p.reporting === undefined ? null : `${p.reporting}/${p.members}`,
      (variable.breaks ?? []).find((b) => b.year === p.year)?.reason.sv ?? '',
      source,
    ]),
  );
  return toCsv([headers.variable, headers.year, headers.group, headers.value, headers.population, headers.reporting, headers.seriesBreak, headers.source], rows);
}

/** The follow-up's lines: the set, the comparison group and the rest, per variable. */
export function followUpLines(followUp: FollowUp, names: { set: string; comparison: string; rest: string }): SeriesLine[] {
  return followUp.variables.flatMap((v) => (['set', 'comparison', 'rest'] as const).map((group) => ({ variable: v.variable, group: names[group], points: v[group] })));
}
