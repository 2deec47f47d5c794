/**
 * Build-time pipeline: Malmö's real delområde boundaries → small, topologically
 * clean GeoJSON files in public/geo/ that the app fetches from its own origin.
 *
 *   npm run build:geo [-- --geojson PATH --geso PATH --proposed PATH --out DIR]
 *
 * Why mapshaper: it builds an arc topology first and simplifies each shared arc
 * once, so neighbouring delområden keep exactly the same border (no slivers,
 * no gaps) and GeSO dissolved from the same topology coincide with them.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import mapshaper from 'mapshaper';
import Papa from 'papaparse';
import { measureSimplification } from './geo-quality.ts';

/** Douglas–Peucker tolerance in metres. With ~1 m coordinate rounding the
 * deviation stays under the 15 m the issue allows; measured and printed below. */
const TOLERANCE_M = 8;
/** 5 decimals ≈ 1.1 m north–south, 0.6 m east–west at Malmö's latitude. */
const PRECISION = 0.00001;

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const root = resolve(import.meta.dirname, '..');
const paths = {
  geojson: resolve(argument('geojson', resolve(root, '../shared/data/malmo-delomraden.geojson'))),
  geso: resolve(argument('geso', resolve(root, '../shared/data/geso-delomraden.csv'))),
  proposed: resolve(argument('proposed', resolve(root, 'data/proposed-areas.json'))),
  out: resolve(argument('out', resolve(root, 'public/geo'))),
};

interface GesoRow {
  delomrade_kod: string;
  delomrade_namn: string;
  geso_kod: string;
  geso_namn: string;
}
interface ProposedGroup {
  group: number;
  codes: string[];
}

const source = JSON.parse(readFileSync(paths.geojson, 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Polygon>;
const gesoRows = Papa.parse<GesoRow>(readFileSync(paths.geso, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const proposed = (JSON.parse(readFileSync(paths.proposed, 'utf8')) as { groups: ProposedGroup[] }).groups;

const gesoByCode = new Map(gesoRows.map((row) => [row.delomrade_kod.trim(), row]));
const groupByCode = new Map(proposed.flatMap((g) => g.codes.map((code) => [code, g.group] as const)));

// Join and keep only what the app needs; url_koll points into the city's
// intranet and is deliberately dropped.
const joined: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: source.features.map((feature) => {
    const code = String(feature.properties?.do_kod).trim();
    const row = gesoByCode.get(code);
    if (!row) throw new Error(`Delområde ${code} (${feature.properties?.delomr}) saknas i ${paths.geso}`);
    gesoByCode.delete(code);
    return {
      type: 'Feature',
      geometry: feature.geometry,
      properties: {
        code,
        name: row.delomrade_namn.trim(),
        geso_code: row.geso_kod.trim(),
        geso_name: row.geso_namn.trim(),
        proposed_group: groupByCode.get(code) ?? 0,
      },
    };
  }),
};
if (gesoByCode.size > 0) {
  throw new Error(`Koder i ${paths.geso} utan geometri: ${[...gesoByCode.keys()].join(', ')}`);
}

const commands = [
  '-i input.json name=delomraden',
  `-simplify dp interval=${TOLERANCE_M} keep-shapes`,
  '-dissolve geso_code copy-fields=geso_name + name=geso',
  '-rename-fields target=geso code=geso_code,name=geso_name',
  '-filter "proposed_group > 0" target=delomraden + name=proposed',
  '-dissolve proposed_group target=proposed',
  '-rename-fields target=proposed group=proposed_group',
  '-filter-fields target=delomraden code,name,geso_code,geso_name',
  `-o target=delomraden,geso,proposed format=geojson precision=${PRECISION}`,
].join(' ');

const output = (await mapshaper.applyCommands(commands, { 'input.json': joined })) as Record<string, string>;

mkdirSync(paths.out, { recursive: true });
const files = {
  delomraden: 'delomraden.geojson',
  geso: 'geso.geojson',
  proposed: 'proposed-areas.geojson',
} as const;
let totalBytes = 0;
for (const [layer, file] of Object.entries(files)) {
  const content = output[`${layer}.json`];
  if (!content) throw new Error(`mapshaper gav inget lager ${layer}`);
  writeFileSync(resolve(paths.out, file), content);
  totalBytes += Buffer.byteLength(content);
  console.log(`${file}: ${(Buffer.byteLength(content) / 1024).toFixed(1)} KB`);
}

const simplified = JSON.parse(output["delomraden.json"]) as GeoJSON.FeatureCollection;
const quality = measureSimplification(source, simplified);
console.log(`total: ${(totalBytes / 1024).toFixed(1)} KB`);
console.log(`vertices: ${quality.originalVertices} → ${quality.simplifiedVertices}`);
console.log(`max deviation from original border: ${quality.maxDeviationM.toFixed(2)} m`);
console.log(
  `area: ${quality.originalAreaKm2.toFixed(3)} → ${quality.simplifiedAreaKm2.toFixed(3)} km² ` +
    `(${(quality.areaChange * 100).toFixed(3)} %)`,
);
