import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effortSymbols } from '../../../src/map/effortSymbols.ts';
import { fromPixels, spreadPoints, toPixels } from '../../../src/map/spreadPoints.ts';

const at = (id: string, lon: number, lat: number) => ({ id, p: [lon, lat] as [number, number] });

describe('spreadPoints', () => {
  it('round-trips Web Mercator pixels', () => {
    const [lon, lat] = fromPixels(toPixels([13.0, 55.6], 12), 12);
    expect(lon).toBeCloseTo(13.0, 9);
    expect(lat).toBeCloseTo(55.6, 9);
  });
  it('leaves a lone point where it is', () => {
    const [s] = spreadPoints([at('a', 13, 55.6)], (x) => x.p, 12);
    expect(s.offset).toEqual([0, 0]);
    expect(s.position[0]).toBeCloseTo(13, 9);
  });
  it('spreads points at the same address so none hides another', () => {
    const items = [at('a', 13, 55.6), at('b', 13, 55.6), at('c', 13, 55.6)];
    const spread = spreadPoints(items, (x) => x.p, 14, 22, 20);
    expect(spread.every((s) => s.groupSize === 3)).toBe(true);
    const px = spread.map((s) => toPixels(s.position, 14));
    for (let i = 0; i < px.length; i++) {
      for (let j = i + 1; j < px.length; j++) expect(Math.hypot(px[i][0] - px[j][0], px[i][1] - px[j][1])).toBeGreaterThanOrEqual(20);
    }
  });
  it('groups points that are close on screen at low zoom but not at high zoom', () => {
    const items = [at('a', 13.0, 55.6), at('b', 13.001, 55.6)]; // ~63 m apart
    expect(spreadPoints(items, (x) => x.p, 11).map((s) => s.groupSize)).toEqual([2, 2]);
    expect(spreadPoints(items, (x) => x.p, 16).map((s) => s.groupSize)).toEqual([1, 1]);
  });
});

describe('effortSymbols', () => {
  it('gives each type a stable symbol with readable text', () => {
    const abbreviations = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/efforts.json'), 'utf8')).typeAbbreviations;
    const a = effortSymbols(['Fritid', 'Familjecentral', 'Trygghet', 'Nytt slag'], abbreviations);
    const b = effortSymbols(['Trygghet', 'Nytt slag', 'Fritid', 'Familjecentral'], abbreviations);
    expect([...a]).toEqual([...b]);
    // The abbreviations are data; a type the file does not list shows its first letters.
    expect(a.get('Familjecentral')!.abbreviation).toBe('Fc');
    expect(a.get('Nytt slag')!.abbreviation).toBe('Ny');
    expect(new Set([...a.values()].map((s) => s.colour.join())).size).toBe(4);
  });
});
