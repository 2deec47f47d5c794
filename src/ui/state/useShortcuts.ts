import { useEffect, useRef, type Dispatch } from 'react';
import { proposedCodes } from '../../data/bundledData.ts';
import { markInput } from '../map/repaintMarks.ts';
import type { Action } from './reduce.ts';
import type { AppState } from './appState.ts';

const STEP = 5;

interface Handlers {
  focusArea: (code: string) => void;
  toggleHelp: () => void;
  closeHelp: () => void;
  helpOpen: boolean;
  pickVariable: (index: number) => void;
  picked: number;
}

/**
 * Keyboard first, for a workshop on a projector: pick a variable and raise or
 * lower it, switch level, step through the proposed areas, reset, full screen.
 * Keys typed into a text field or a select are left alone.
 */
export function useShortcuts(state: AppState, dispatch: Dispatch<Action>, handlers: Handlers) {
  const latest = useRef({ state, handlers });
  latest.current = { state, handlers };
  const position = useRef(-1);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const tag = target?.tagName;
      const typing = tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && (target as HTMLInputElement).type !== 'range' && (target as HTMLInputElement).type !== 'checkbox' && (target as HTMLInputElement).type !== 'radio');
      if (typing) return;
      const { state: s, handlers: h } = latest.current;
      // Arrows already move a focused slider, and pan a focused map.
      const slider = (tag === 'INPUT' && (target as HTMLInputElement).type === 'range') || !!target?.closest?.('.map');
      const variables = s.dataset.variables;
      const pickedKey = variables[h.picked]?.key;
      const step = (delta: number) => pickedKey && dispatch({ type: 'set-weight', key: pickedKey, weight: (s.view.weights[pickedKey] ?? 0) + delta });
      const stepArea = (delta: number) => {
        position.current = (position.current + delta + proposedCodes.length) % proposedCodes.length;
        if (s.view.level !== 'delomrade') dispatch({ type: 'set-level', level: 'delomrade' });
        h.focusArea(proposedCodes[position.current]);
      };
      let handled = true;
      if (/^[1-9]$/.test(e.key) && Number(e.key) <= variables.length) h.pickVariable(Number(e.key) - 1);
      else if ((e.key === 'ArrowUp' || e.key === '+') && !slider) step(STEP);
      else if ((e.key === 'ArrowDown' || e.key === '-') && !slider) step(-STEP);
      else if (e.key === 'g' || e.key === 'G') dispatch({ type: 'set-level', level: s.view.level === 'delomrade' ? 'geso' : 'delomrade' });
      else if ((e.key === 'ArrowRight' && !slider) || e.key === 'n' || e.key === 'N') stepArea(1);
      else if ((e.key === 'ArrowLeft' && !slider) || e.key === 'p' || e.key === 'P') stepArea(-1);
      else if (e.key === '[' || e.key === ']') {
        markInput('year');
        dispatch({ type: 'step-year', delta: e.key === '[' ? -1 : 1 });
      }
      else if (e.key === 'r' || e.key === 'R') dispatch({ type: 'reset-weights' });
      // The shown area in or out of the steering group's selection.
      else if ((e.key === 'v' || e.key === 'V') && s.view.selected !== null && s.view.level === 'delomrade') dispatch({ type: 'decision-toggle', code: s.view.selected });
      else if (e.key === 's' || e.key === 'S') dispatch({ type: 'set-map-colour', colour: s.view.mapColour === 'probability' ? 'index' : 'probability' });
      else if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => {});
      } else if (e.key === '?') h.toggleHelp();
      // Esc closes the topmost thing open: the key list, the effort card, the area panel.
      else if (e.key === 'Escape') {
        if (h.helpOpen) h.closeHelp();
        else if (s.efforts.selected !== null) dispatch({ type: 'select-effort', id: null });
        else if (s.view.selected !== null) dispatch({ type: 'select', code: null });
        else handled = false;
      }
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
