import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { Geography } from '../../data/geography.ts';
import type { UserFileResult } from '../../data/loadUserFile.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { DataAction } from '../state/slices/data.ts';
import type { EffortsAction } from '../state/slices/efforts.ts';
import { answerYears, collectLoaded, type Collected, type YearQuestion as YearQuestionData } from './collectLoaded.ts';
import { useFileLoader } from './useFileLoader.ts';
import { YearQuestion } from './YearQuestion.tsx';

interface Props {
  geography: Geography;
  /** The latest year of the data shown, suggested for a file without years. */
  latestYear: number | null;
  dispatch: Dispatch<DataAction | EffortsAction>;
}

/** The user's own indicators: file picker, or drop a file anywhere on the page. */
export function DataLoader({ geography, latestYear, dispatch }: Props) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [question, setQuestion] = useState<YearQuestionData | null>(null);
  const latest = useRef(latestYear);
  useEffect(() => {
    latest.current = latestYear;
  }, [latestYear]);

  const apply = useCallback(
    (collected: Collected) => {
      if (collected.kind === 'failed') return dispatch({ type: 'load-failed', errors: collected.errors });
      collected.efforts.forEach((efforts) => dispatch({ type: 'efforts-loaded', efforts }));
      if (collected.kind === 'ask-years') return setQuestion(collected.question);
      if (collected.indicators) dispatch({ type: 'dataset-loaded', dataset: collected.indicators.dataset, warnings: collected.indicators.warnings });
    },
    [dispatch],
  );
  const loaded = useCallback((results: UserFileResult[]) => apply(collectLoaded(results, latest.current)), [apply]);
  const { state, load: read, cancel } = useFileLoader(geography, loaded);
  // A new choice of files drops an unanswered question.
  const load = useCallback(
    (files: readonly File[]) => {
      setQuestion(null);
      return read(files);
    },
    [read],
  );

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
      void load([...e.dataTransfer.files]);
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
          <label htmlFor="load-progress-bar">
            {t.controls.reading(state.fileName, Math.round(state.fraction * 100))}
            {state.count > 1 && ` (${state.index + 1}/${state.count})`}
          </label>
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
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="indicator-file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          if (files.length > 0) void load(files);
          e.target.value = '';
        }}
      />
      {question && (
        <YearQuestion
          question={question}
          onAnswer={(years) => {
            setQuestion(null);
            apply(answerYears(question, years));
          }}
          onCancel={() => setQuestion(null)}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t.controls.dropHere}
        </div>
      )}
    </div>
  );
}
