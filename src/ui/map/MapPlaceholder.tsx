import { useMemo } from 'react';
import type { CodedFeature } from '../../map/mapFeatures.ts';
import { MISSING_COLOUR, NEED_COLOURS, rgbCss } from '../../map/palette.ts';
import { svgPaths } from '../../map/svgMap.ts';

const WIDTH = 1000;

interface Props {
  areas: readonly CodedFeature[];
  classByCode: ReadonlyMap<string, number | null>;
  selected: string | null;
  /** Given when there will be no WebGL map: then the SVG is the map, and takes clicks. */
  onSelect?: (code: string) => void;
}

/**
 * The areas in their class colours as plain SVG, shown while the WebGL map is
 * being built (seconds with software rendering), so the first view is a map,
 * not a blank box; swapped for the WebGL map at its first complete frame.
 * Where WebGL cannot run at all, it stays, and an area is chosen by a click.
 */
export function MapPlaceholder({ areas, classByCode, selected, onSelect }: Props) {
  const { height, paths } = useMemo(() => svgPaths(areas.map((f) => ({ code: String(f.properties.code), geometry: f.geometry })), WIDTH), [areas]);
  const selectedPath = paths.find((p) => p.code === selected);
  return (
    <svg
      className={onSelect ? 'map-placeholder interactive' : 'map-placeholder'}
      viewBox={`0 0 ${WIDTH} ${height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
      data-testid="map-placeholder"
      onClick={onSelect && ((e) => {
        const code = (e.target as Element).getAttribute('data-code');
        if (code) onSelect(code);
      })}
    >
      {paths.map((p) => {
        const cls = classByCode.get(p.code);
        return <path key={p.code} d={p.d} data-code={p.code} fill={rgbCss(cls == null ? MISSING_COLOUR : NEED_COLOURS[cls])} stroke="#ffffff" strokeWidth={1.2} strokeLinejoin="round" />;
      })}
      {selectedPath && <path d={selectedPath.d} fill="none" stroke="#000000" strokeWidth={4} strokeLinejoin="round" />}
    </svg>
  );
}
