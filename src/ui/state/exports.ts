import { toCsv } from '../../data/exportCsv.ts';
import type { Geography } from '../../data/geography.ts';
import type { VariableDefinition } from '../../index/types.ts';
import type { Language, Level } from './appState.ts';
import type { DerivedView } from './useDerivedView.ts';

/** The ranking as shown, for a spreadsheet: rank, code, name, index, values. */
export function rankingCsv(view: DerivedView, variables: readonly VariableDefinition[], language: Language): string {
  const header = [
    language === 'sv' ? 'rang' : 'rank',
    'kod',
    language === 'sv' ? 'namn' : 'name',
    language === 'sv' ? 'behovsindex' : 'need_index',
    ...variables.map((v) => v.key),
  ];
  const rows = view.order.map((code) => {
    const area = view.areaByCode.get(code)!;
    const score = view.scoreByCode.get(code)!;
    return [score.rank, code, area.name, score.index, ...variables.map((v) => area.values[v.key] ?? null)];
  });
  return toCsv(header, rows);
}

/** The areas with their index, rank and values, as GeoJSON for GIS users. */
export function rankingGeoJson(view: DerivedView, level: Level, geography: Geography, licence: string): string {
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

/** Offer text as a file download (a same-origin blob; nothing is sent). */
export function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
