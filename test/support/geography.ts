import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGeography } from '../../src/data/geography.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

/** The committed geometry, as the app builds it. */
export const geography = buildGeography(read('public/geo/delomraden.geojson'), read('public/geo/geso.geojson'), read('public/geo/proposed-areas.geojson'));
