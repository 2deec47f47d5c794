import { describeIssue } from '../i18n/describeIssue.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { Notice } from '../state/appState.ts';

/** Load results: errors name file, row and column; the old data stays. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss: (id: number) => void }) {
  const { t, language } = useI18n();
  if (notices.length === 0) return null;
  // Only a file gets "was not loaded" or "is loaded"; links and storage get a plain heading.
  const heading = (notice: Notice) =>
    notice.tone === 'error' && notice.issues.some((i) => i.file !== '') ? t.common.loadFailed : notice.tone !== 'error' && notice.file ? t.common.loaded(notice.file) : t.common.noticeHeading;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${notice.tone}`}
        >
          <p>
            <strong>{heading(notice)}</strong>
          </p>
          {notice.issues.length > 0 && (
            <ul>
              {notice.issues.map((issue, i) => (
                <li key={i}>{describeIssue(issue, language)}</li>
              ))}
            </ul>
          )}
          <button type="button" className="dismiss" onClick={() => onDismiss(notice.id)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t.common.dismiss}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
