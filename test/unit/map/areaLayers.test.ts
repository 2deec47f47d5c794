import { describe, expect, it } from 'vitest';
import { areaLayers, AREA_LAYER_ID, type AreaLayerInput } from '../../../src/map/layers/areaLayers.ts';
import { MISSING_COLOUR, MISSING_HATCH_COLOUR, NEED_COLOURS } from '../../../src/map/palette.ts';
import { geography } from '../../support/geography.ts';

const areas = geography.delomraden.slice(0, 3) as AreaLayerInput['areas'];
const [withIndex, missingArea, overridden] = areas;
const codeOf = (f: { properties: { code: string | number } }) => String(f.properties.code);
const input = (over: Partial<AreaLayerInput> = {}): AreaLayerInput => ({
  areas,
  classByCode: new Map([[codeOf(withIndex), 4], [codeOf(missingArea), null], [codeOf(overridden), 0]]),
  colourOverride: null,
  missingAreas: [missingArea],
  onHover: () => {},
  ...over,
});
type Accessor = (f: unknown) => unknown;
const propsOf = (i: AreaLayerInput) => {
  const layers = areaLayers(i);
  expect(layers.map((l) => l.id)).toEqual([AREA_LAYER_ID]);
  return layers[0].props as unknown as Record<string, Accessor> & { updateTriggers: Record<string, unknown[]> };
};

describe('the areas layer', () => {
  it('is one layer: the class colour whole where there is an index, a hatch over grey where there is none', () => {
    const props = propsOf(input());
    expect(props.getFillPattern(withIndex)).toBe('none');
    expect(props.getFillPatternBackgroundColor(withIndex)).toEqual([0, 0, 0, 0]);
    expect(props.getFillColor(withIndex)).toEqual([...NEED_COLOURS[4], 255]);
    expect(props.getFillPattern(missingArea)).toBe('hatch');
    expect(props.getFillColor(missingArea)).toEqual([...MISSING_HATCH_COLOUR, 255]);
    expect(props.getFillPatternBackgroundColor(missingArea)).toEqual([...MISSING_COLOUR, 255]);
    expect(props.fillPatternSizeUnits).toBe('pixels');
  });

  it('keeps the hatch on missing areas under another colouring, and grey without a hatch where that colouring has no value', () => {
    const props = propsOf(input({ colourOverride: new Map([[codeOf(withIndex), [1, 2, 3] as const], [codeOf(overridden), null]]) }));
    expect(props.getFillColor(withIndex)).toEqual([1, 2, 3, 255]);
    expect(props.getFillColor(overridden)).toEqual([...MISSING_COLOUR, 255]);
    expect(props.getFillPattern(overridden)).toBe('none');
    expect(props.getFillPattern(missingArea)).toBe('hatch');
  });

  it('rebuilds the pattern only when the set of missing areas changes, not on a weight step', () => {
    const missingAreas = [missingArea];
    const first = propsOf(input({ missingAreas }));
    const step = propsOf(input({ missingAreas, classByCode: new Map([[codeOf(withIndex), 1]]) }));
    expect(step.updateTriggers.getFillPattern).toEqual(first.updateTriggers.getFillPattern);
    expect(step.updateTriggers.getFillColor).not.toEqual(first.updateTriggers.getFillColor);
    const other = propsOf(input({ missingAreas: [overridden] }));
    expect(other.updateTriggers.getFillPattern[0]).not.toBe(first.updateTriggers.getFillPattern[0]);
  });
});
