/** Shared look of the map's layers: one font stack, one set of line colours. */
export type RGBA = [number, number, number, number];

/** The page's own font first; DejaVu where the system has nothing else. */
export const MAP_FONT = 'system-ui, "DejaVu Sans", sans-serif';

export const COLOURS = {
  areaEdge: [255, 255, 255, 220] as RGBA,
  hoverHighlight: [255, 255, 255, 70] as RGBA,
  gesoEdge: [40, 40, 40, 200] as RGBA,
  smallAreaEdge: [20, 20, 20, 230] as RGBA,
  /** Stadskontoret's proposal: a magenta that no class colour comes near. */
  proposal: [196, 30, 120, 255] as RGBA,
  selected: [0, 0, 0, 255] as RGBA,
  /** The steering group's selection: a dark orange, far from the blues of the classes and from the magenta. */
  chosen: [166, 54, 3, 255] as RGBA,
  text: [20, 20, 20, 255] as RGBA,
  halo: [255, 255, 255, 230] as RGBA,
  white: [255, 255, 255, 255] as RGBA,
  badgeFill: [255, 255, 255, 235] as RGBA,
  /** The efforts' per-area marker: a dark teal no class colour is close to. */
  effortCluster: [0, 92, 92, 255] as RGBA,
  unknownEffort: [68, 68, 68] as [number, number, number],
};

/** Line widths and text sizes in pixels at scale 1 (the projector uses more). */
export const SIZES = {
  gesoEdge: 1.6,
  proposalEdge: 3,
  chosenEdge: 8,
  selectedEdge: 4,
  label: 12,
  selectedLabel: 16,
  proposalLabel: 13,
  badge: 12,
  effortRadius: 10,
  selectedEffortRadius: 13,
  effortText: 10,
};
