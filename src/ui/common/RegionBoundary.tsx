import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** A region of the page that fails alone, with a message in the user's language. */
export function RegionBoundary({ children, className }: { children: ReactNode; className?: string }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(retry) => (
        <div className={`region-failed ${className ?? ''}`} role="alert" data-testid="region-failed">
          <p>{t.common.regionFailed}</p>
          <button type="button" onClick={retry}>
            {t.common.retry}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
