/** The robustness analysis' choices: spread, what is drawn, samples, seed. */
import { SAMPLE_CHOICES, type UncertaintySettings } from '../view.ts';
import { withView, type Updaters } from './updaters.ts';

export type UncertaintyAction = { type: 'set-uncertainty'; settings: Partial<UncertaintySettings> };

const MAX_SEED = 0xffffffff;

export const uncertaintyUpdaters: Updaters<UncertaintyAction> = {
  'set-uncertainty': (state, { settings }) => {
    const next = { ...state.view.uncertainty, ...settings };
    const valid = (SAMPLE_CHOICES as readonly number[]).includes(next.samples) && Number.isInteger(next.seed) && next.seed >= 0 && next.seed <= MAX_SEED;
    return valid ? withView(state, { uncertainty: next }) : state;
  },
};
