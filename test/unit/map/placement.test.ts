import { describe, expect, it } from 'vitest';
import type { Effort } from '../../../src/efforts/types.ts';
import type { LabelPoint } from '../../../src/map/geometry.ts';
import { namePriority } from '../../../src/map/layers/labelLayers.ts';
import { nameBox, namesClearOf, proposalBox, worldPixels } from '../../../src/map/labelPlacement.ts';
import { selectEffortClusters, selectLabels } from '../../../src/map/mapFeatures.ts';
import { geography } from '../../support/geography.ts';

const label = (code: string, areaKm2: number): LabelPoint => ({ code, name: code, position: [13, 55.6], areaKm2 });
const effort = (id: string, citywide = false) => ({ id, citywide }) as unknown as Effort;

describe('map text and symbols', () => {
  it('keeps the names of higher need classes before larger areas', () => {
    expect(namePriority(label('a', 0.2), 4)).toBeGreaterThan(namePriority(label('b', 30), 3));
    expect(namePriority(label('a', 2), 2)).toBeGreaterThan(namePriority(label('b', 1), 2));
    expect(namePriority(label('a', 500), null)).toBeLessThan(1000);
  });

  it('gives each area one marker of its efforts, counted, at its name; city-wide efforts are not an area’s', () => {
    const labels = [label('1', 1), label('2', 1)];
    const byCode = new Map([
      ['1', [effort('x'), effort('y'), effort('z', true)]],
      ['2', [effort('w', true)]],
      ['9', [effort('v')]],
    ]);
    expect(selectEffortClusters(labels, byCode)).toEqual([{ code: '1', position: [13, 55.6], count: 2 }]);
  });

  it('puts each proposal’s label on its group’s northern edge, away from the names at the areas’ centres', () => {
    const labels = selectLabels(geography);
    expect(labels.proposed).toHaveLength(5);
    const holma = labels.delomrade.find((l) => l.name === 'Holma')!;
    const group4 = labels.proposed.find((p) => p.group === 4)!;
    expect(group4.position[1]).toBeGreaterThan(holma.position[1]);
  });

  it('measures boxes in MapLibre\'s pixels: 512 per world at zoom 0, doubling per zoom step', () => {
    expect(worldPixels([0, 0], 0)).toEqual([256, 256]);
    const [x1] = worldPixels([13, 55.6], 11);
    const [x2] = worldPixels([13, 55.6], 12);
    expect(x2 / x1).toBeCloseTo(2, 10);
  });

  it('leaves out a name under a proposal label, keeps the others, and keeps all when the proposal is hidden', () => {
    const zoom = 12;
    const under: LabelPoint = { code: 'u', name: 'Under', position: [13.0, 55.6], areaKm2: 1 };
    const far: LabelPoint = { code: 'f', name: 'Långt bort', position: [13.1, 55.55], areaKm2: 1 };
    // The proposal label stands on a point just south of the name: its box reaches up over it.
    const [x, y] = worldPixels(under.position, zoom);
    const blocker = proposalBox([13.0, 55.5998], 'Förslag 4', zoom, 13, [4, 2], 3);
    expect(blocker.top).toBeLessThan(y);
    expect(blocker.left).toBeLessThan(x);
    expect(namesClearOf([under, far], [blocker], zoom, 12).map((l) => l.code)).toEqual(['f']);
    expect(namesClearOf([under, far], [], zoom, 12).map((l) => l.code)).toEqual(['u', 'f']);
    // A longer name is a wider box.
    const long = nameBox({ ...under, name: 'Västra Hamnen' }, zoom, 12);
    const short = nameBox(under, zoom, 12);
    expect(long.right - long.left).toBeGreaterThan(short.right - short.left);
  });

  it('at the whole-city view no area name is drawn under a proposal label', () => {
    const labels = selectLabels(geography);
    const zoom = 11.25;
    const blockers = labels.proposed.map((p) => proposalBox(p.position, `Förslag ${p.group}`, zoom, 13, [4, 2], 3));
    const kept = namesClearOf(labels.delomrade, blockers, zoom, 12);
    expect(kept.length).toBeLessThan(labels.delomrade.length);
    // Only names near the five labels go (the dense centre, where names also give way to each other).
    expect(kept.length).toBeGreaterThan(labels.delomrade.length - 30);
    expect(kept.map((l) => l.name)).toEqual(expect.arrayContaining(['Västra Hamnen', 'Bunkeflostrand', 'Oxie Kyrkby']));
    for (const name of kept) {
      const box = nameBox(name, zoom, 12);
      for (const b of blockers) expect(box.right <= b.left || b.right <= box.left || box.bottom <= b.top || b.bottom <= box.top).toBe(true);
    }
  });
});
