import { useEffect, type Dispatch } from 'react';
import type { Geography } from '../../data/geography.ts';
import type { Action, AppState } from './appState.ts';
import { viewOf } from './appState.ts';
import { decodeView, encodeView, type ViewState } from './urlState.ts';

/** The URL is the shareable copy of the view: read once, then kept in step. */
export function useUrlSync(state: AppState, dispatch: Dispatch<Action>, defaults: ViewState, geography: Geography) {
  useEffect(() => {
    if (window.location.search === '') return;
    const decoded = decodeView(window.location.search, defaults, {
      variableKeys: new Set(state.dataset.variables.map((v) => v.key)),
      areaCodes: new Set(geography.delomradeNames.keys()),
    });
    dispatch({ type: 'apply-view', view: decoded.view, ignored: decoded.ignored });
    // Read once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const query = encodeView(viewOf(state), defaults);
  useEffect(() => {
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [query]);
}
