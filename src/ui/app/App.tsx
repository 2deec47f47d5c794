import { useEffect, useLayoutEffect, useState } from 'react';
import { ErrorBoundary } from '../common/ErrorBoundary.tsx';
import { makeI18n } from '../i18n/I18nContext.ts';
import { AccessibilityStatement } from '../pages/AccessibilityStatement.tsx';
import { PublicPage } from '../pages/PublicPage.tsx';
import { Workspace } from '../pages/Workspace.tsx';
import { boot, BootError, type BootData } from './boot.ts';
import { useRoute } from './route.ts';

type Boot = { phase: 'loading' } | { phase: 'failed'; message: string } | { phase: 'ready'; data: BootData };

/** Loads the geometry and the bundled example data, then hands over to the page the route asks for. */
export function App() {
  const route = useRoute();
  const [state, setState] = useState<Boot>({ phase: 'loading' });
  // The boot screen comes before any choice of language: Swedish, the default.
  const { t } = makeI18n('sv');
  useEffect(() => {
    boot(import.meta.env.BASE_URL)
      .then((data) => setState({ phase: 'ready', data }))
      .catch((error: unknown) =>
        // A network or parse error's own text (a TypeError) means nothing to a reader.
        setState({ phase: 'failed', message: error instanceof BootError ? t.common.bootFileErrors(error.file, error.errorCount) : t.common.reloadHint }),
      );
    // Booted once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The outline index.html paints first (scripts/firstPaint.ts) stays until
  // this page has something of its own to show.
  const ownPage = route === 'accessibility' || state.phase !== 'loading';
  useLayoutEffect(() => {
    if (ownPage) document.getElementById('first-paint')?.remove();
  }, [ownPage]);

  if (route === 'accessibility') return <AccessibilityStatement />;
  // The first paint says "Laddar kartan…"; without it (tests mount App alone) this does.
  if (state.phase === 'loading') return document.getElementById('first-paint') ? null : <p className="boot">{t.common.loading}</p>;
  if (state.phase === 'failed') {
    return (
      <p className="boot" role="alert">
        {t.common.loadingFailed} {state.message}
      </p>
    );
  }
  // The last line of defence: the pages keep their own state below their own boundaries.
  // The workspace, its workshop view and its report are one element, so
  // moving between them keeps what the user loaded.
  return (
    <ErrorBoundary
      fallback={() => (
        <div className="boot" role="alert" data-testid="page-failed">
          <p>{t.common.pageFailed}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t.common.reload}
          </button>
        </div>
      )}
    >
      {route === 'public' ? <PublicPage boot={state.data} /> : <Workspace boot={state.data} route={route} />}
    </ErrorBoundary>
  );
}
