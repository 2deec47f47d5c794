import { describe, expect, it } from 'vitest';
import type { Effort } from '../../../src/efforts/types.ts';
import type { LabelPoint } from '../../../src/map/geometry.ts';
import { namePriority } from '../../../src/map/layers/labelLayers.ts';
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
});
