import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { Geography } from '../../data/geography.ts';
import type { UserFileResult } from '../../data/loadUserFile.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { DataAction } from '../state/slices/data.ts';
import type { EffortsAction } from '../state/slices/efforts.ts';
import { useFileLoader } from './useFileLoader.ts';

interface Props {
  geography: Geography;
  dispatch: Dispatch<DataAction | EffortsAction>;
}

/** The user's own indicators: file picker, or drop a file anywhere on the page. */
export function DataLoader({ geography, dispatch }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const loaded = useCallback(
    (loaded: UserFileResult) => {
      if (!loaded.result.ok) dispatch({ type: 'load-failed', errors: loaded.result.errors });
      else if (loaded.kind === 'indicators') dispatch({ type: 'dataset-loaded', dataset: loaded.result.value, warnings: loaded.result.warnings });
      else if (loaded.kind === 'efforts') dispatch({ type: 'efforts-loaded', efforts: loaded.result.value });
    },
    [dispatch],
  );
  const { state, load, cancel } = useFileLoader(geography, loaded);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setDragging(false);
      void load(e.dataTransfer.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
    // Attached once per loader, not on every render (every slider move).
  }, [load]);

  return (
    <div className="loader" data-state={state.phase}>
      <button type="button" onClick={() => input.current?.click()} title={t.controls.loadHelp}>
        {t.controls.loadData}
      </button>
      {state.phase === 'reading' && (
        <div className="load-progress" role="status" data-testid="load-progress">
          <label htmlFor="load-progress-bar">{t.controls.reading(state.fileName, Math.round(state.fraction * 100))}</label>
          <progress id="load-progress-bar" max={1} value={state.fraction} />
          <button type="button" onClick={cancel}>
            {t.controls.cancelReading}
          </button>
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.geojson,.json,text/csv,application/geo+json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="indicator-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void load(file);
          e.target.value = '';
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.controls.dropHere}
        </div>
      )}
    </div>
  );
}
