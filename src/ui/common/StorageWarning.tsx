import type { StorageStatus } from '../state/appState.ts';
import { readRawStore } from '../state/browserStore.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import { download } from './download.ts';

interface Props {
  storage: StorageStatus;
  /** The browser-storage key, for downloading what could not be read. */
  storageKey: string;
  downloadName: string;
  texts: { failed: string; blocked: string; overwrite: string };
  onOverwrite: () => void;
  testId: string;
}

/** Saving in the browser failed, or an unreadable store waits for the user's yes:
 * said where the work is, with the unreadable content one click away. */
export function StorageWarning({ storage, storageKey, downloadName, texts, onOverwrite, testId }: Props) {
  const { t } = useI18n();
  if (storage.kind === 'ok') return null;
  return (
    <div className="storage-warning" role="status" data-testid={testId}>
      <p>{storage.kind === 'failed' ? texts.failed : texts.blocked}</p>
      {storage.kind === 'blocked' && (
        <div className="button-row">
          <button type="button" onClick={() => download(downloadName, readRawStore(window.localStorage, storageKey), 'text/plain')}>
            {t.scenarios.downloadUnreadable}
          </button>
          <button type="button" onClick={onOverwrite}>
            {texts.overwrite}
          </button>
        </div>
      )}
    </div>
  );
}
