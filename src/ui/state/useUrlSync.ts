import { useEffect } from 'react';
import { encodeView } from './urlState.ts';
import type { ViewState } from './view.ts';

/** The URL is the shareable copy of the view. It is read once, by the
 * reducer's initialiser (appState.ts); from then on it follows the view. */
export function useUrlSync(view: ViewState, defaults: ViewState) {
  const query = encodeView(view, defaults);
  useEffect(() => {
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [query]);
}
