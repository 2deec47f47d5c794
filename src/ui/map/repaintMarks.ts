/**
 * Input-to-repaint timing, read by `npm run bench`: an input (a weight, a
 * year) sets its mark; the map measures from it to the end of the first
 * frame drawn after it, and to the moment its new layers are built.
 */
const INPUTS = {
  weight: { mark: 'kraftsamla:weight-input', paint: 'kraftsamla:weight-to-paint', layers: 'kraftsamla:weight-to-layers' },
  year: { mark: 'kraftsamla:year-input', paint: 'kraftsamla:year-to-paint', layers: 'kraftsamla:year-to-layers' },
} as const;

export type InputKind = keyof typeof INPUTS;
export const REPAINT_MEASURES: Record<InputKind, string> = { weight: INPUTS.weight.paint, year: INPUTS.year.paint };

export function markInput(kind: InputKind) {
  performance.mark(INPUTS[kind].mark);
}

const pending = (kind: InputKind) => performance.getEntriesByName(INPUTS[kind].mark, 'mark').length > 0;

/** After the map's layers are rebuilt. */
export function measureLayers() {
  for (const kind of Object.keys(INPUTS) as InputKind[]) if (pending(kind)) performance.measure(INPUTS[kind].layers, INPUTS[kind].mark);
}

/** After the first frame drawn since the input. */
export function measureRepaint() {
  for (const kind of Object.keys(INPUTS) as InputKind[]) {
    if (!pending(kind)) continue;
    performance.measure(INPUTS[kind].paint, INPUTS[kind].mark);
    performance.clearMarks(INPUTS[kind].mark);
  }
}
