import { describe, expect, it } from 'vitest';
import type { Effort } from '../../../src/efforts/types.ts';
import type { LabelPoint } from '../../../src/map/geometry.ts';
import { namePriority } from '../../../src/map/layers/labelLayers.ts';
import { badgeBox, declutterNames, liftClearOf, nameBox, shiftClearOf, placeNames, proposalBox, symbolBox } from '../../../src/map/labelPlacement.ts';
import { fromPixels, toPixels } from '../../../src/map/spreadPoints.ts';
import { selectEffortClusters, selectLabels } from '../../../src/map/mapFeatures.ts';
import { geography } from '../../support/geography.ts';

const label = (code: string, areaKm2: number): LabelPoint => ({ code, name: code, position: [13, 55.6], areaKm2 });
const effort = (id: string, citywide = false) => ({ id, citywide }) as unknown as Effort;

describe('map text and symbols', () => {
  it('keeps the names of higher need classes before larger areas', () => {
    expect(namePriority(label('a', 0.2), 4)).toBeGreaterThan(namePriority(label('b', 30), 3));
    expect(namePriority(label('a', 2), 2)).toBeGreaterThan(namePriority(label('b', 1), 2));
    // The size tie-break never outweighs a class step.
    expect(namePriority(label('a', 500), 0)).toBeLessThan(namePriority(label('b', 0.01), 1));
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

  it('leaves out a name under a proposal label, keeps the others, and keeps all when the proposal is hidden', () => {
    const zoom = 12;
    const under: LabelPoint = { code: 'u', name: 'Under', position: [13.0, 55.6], areaKm2: 1 };
    const far: LabelPoint = { code: 'f', name: 'Långt bort', position: [13.1, 55.55], areaKm2: 1 };
    // The proposal label stands on a point just south of the name: its box reaches up over it.
    const [x, y] = toPixels(under.position, zoom);
    const blocker = proposalBox([13.0, 55.5998], 'Förslag 4', zoom, 13, [4, 2], 3);
    expect(blocker.top).toBeLessThan(y);
    expect(blocker.left).toBeLessThan(x);
    const codes = (placed: { label: LabelPoint }[]) => placed.map((p) => p.label.code);
    expect(codes(placeNames([under, far], { proposals: [blocker], symbols: [] }, zoom, 12))).toEqual(['f']);
    expect(codes(placeNames([under, far], { proposals: [], symbols: [] }, zoom, 12))).toEqual(['u', 'f']);
    // A longer name is a wider box.
    const long = nameBox({ ...under, name: 'Västra Hamnen' }, zoom, 12);
    const short = nameBox(under, zoom, 12);
    expect(long.right - long.left).toBeGreaterThan(short.right - short.left);
  });

  it('at the whole-city view no area name is drawn under a proposal label', () => {
    const labels = selectLabels(geography);
    const zoom = 11.25;
    const blockers = labels.proposed.map((p) => proposalBox(p.position, `Förslag ${p.group}`, zoom, 13, [4, 2], 3));
    const kept = placeNames(labels.delomrade, { proposals: blockers, symbols: [] }, zoom, 12).map((p) => p.label);
    expect(kept.length).toBeLessThan(labels.delomrade.length);
    // Only names near the five labels go (the dense centre, where names also give way to each other).
    expect(kept.length).toBeGreaterThan(labels.delomrade.length - 30);
    expect(kept.map((l) => l.name)).toEqual(expect.arrayContaining(['Västra Hamnen', 'Bunkeflostrand', 'Oxie Kyrkby']));
    for (const name of kept) {
      const box = nameBox(name, zoom, 12);
      for (const b of blockers) expect(box.right <= b.left || b.right <= box.left || box.bottom <= b.top || b.bottom <= box.top).toBe(true);
    }
  });

  it('lifts a name that lies on effort symbols just above them, and leaves a clear name where it is', () => {
    const zoom = 13;
    const holma: LabelPoint = { code: 'h', name: 'Holma', position: [12.98, 55.57], areaKm2: 0.4 };
    // Three symbols on a ring round the name's point, as spreadPoints puts them.
    const [x, y] = toPixels(holma.position, zoom);
    const ring = [[0, -16], [14, 8], [-14, 8]].map(([dx, dy]) => symbolBox(fromPixels([x + dx, y + dy], zoom), zoom, 13));
    const lift = liftClearOf(holma, ring, zoom, 12);
    expect(lift).toBeGreaterThan(0);
    const box = nameBox(holma, zoom, 12, lift);
    for (const s of ring) expect(box.bottom).toBeLessThanOrEqual(s.top);
    // Not lifted further than needed: just above the topmost symbol.
    expect(Math.min(...ring.map((s) => s.top)) - box.bottom).toBeLessThan(3);
    const far = symbolBox(fromPixels([x + 200, y], zoom), zoom, 13);
    expect(liftClearOf(holma, [far], zoom, 12)).toBe(0);
    // A lifted name that would then meet a proposal label is left out.
    const above = proposalBox(fromPixels([x, y - lift - 2], zoom), 'Förslag 4', zoom, 13, [4, 2], 3);
    expect(placeNames([holma], { proposals: [above], symbols: ring }, zoom, 12)).toEqual([]);
    expect(placeNames([holma], { proposals: [], symbols: ring }, zoom, 12)).toEqual([{ label: holma, lift }]);
  });

  it('moves a count badge down below the symbols it would lie under, and not at all when clear', () => {
    const zoom = 13;
    const centre: [number, number] = [12.98, 55.57];
    const [x, y] = toPixels(centre, zoom);
    const ring = [[0, -16], [14, 8], [-14, 8]].map(([dx, dy]) => symbolBox(fromPixels([x + dx, y + dy], zoom), zoom, 13));
    const badge = badgeBox(centre, '4', zoom, 12, [5, 2], 16);
    const drop = shiftClearOf(badge, ring, 1);
    expect(drop).toBeGreaterThan(0);
    for (const s of ring) expect(badge.top + drop).toBeGreaterThanOrEqual(s.bottom);
    expect(shiftClearOf(badge, [], 1)).toBe(0);
  });

  it('where names would overlap keeps the higher need class, and keeps names clear of the selected one', () => {
    const zoom = 12;
    const at = (code: string, dx: number): LabelPoint => ({ code, name: `Område ${code}`, position: fromPixels([1000 + dx, 1000], zoom), areaKm2: 1 });
    // a and b overlap (20 px apart, ~70 px wide); c is far from both.
    const names = [at('a', 0), at('b', 20), at('c', 400)].map((l) => ({ label: l, lift: 0 }));
    const classOf: Record<string, number> = { a: 1, b: 3, c: 0 };
    const priority = (l: LabelPoint) => namePriority(l, classOf[l.code]);
    expect([...declutterNames(names, priority, zoom, 12)].sort()).toEqual(['b', 'c']);
    classOf.a = 4;
    expect([...declutterNames(names, priority, zoom, 12)].sort()).toEqual(['a', 'c']);
    // The selected area's name is reserved: a name on it gives way, whatever its class.
    const selected = nameBox(at('s', 10), zoom, 16);
    expect([...declutterNames(names, priority, zoom, 12, [selected])]).toEqual(['c']);
    // Every kept pair is apart.
    const all = selectLabels(geography).delomrade.map((l) => ({ label: l, lift: 0 }));
    const kept = declutterNames(all, (l) => namePriority(l, 0), 11.25, 12);
    expect(kept.size).toBeGreaterThan(20);
    const boxes = all.filter((n) => kept.has(n.label.code)).map((n) => nameBox(n.label, 11.25, 12));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  });
});
