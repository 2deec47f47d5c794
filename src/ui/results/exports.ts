import { toCsv } from '../../data/exportCsv.ts';
import type { Geography } from '../../data/geography.ts';
import type { VariableDefinition } from '../../index/types.ts';
import type { DerivedView } from '../state/selectors/derivedView.ts';
import type { Level } from '../state/view.ts';

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
    return [score.rank, code, area.name, score.index, ...variables.map((v) => area.values[v.key] ?? null)];
  });
  return toCsv(header, rows);
}

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
