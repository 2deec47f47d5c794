import { useEffect, useRef, useState } from 'react';
import type { YearQuestion as Question } from './collectLoaded.ts';
import { useI18n } from '../i18n/I18nContext.ts';

interface Props {
  question: Question;
  onAnswer: (years: (number | null)[]) => void;
  onCancel: () => void;
}

/** Asks which year each file without a year column holds. Nothing is loaded until the user says. */
export function YearQuestion({ question, onAnswer, onCancel }: Props) {
  const { t } = useI18n();
  const [years, setYears] = useState(() => question.undated.map((u) => (u.suggested === null ? '' : String(u.suggested))));
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const parsed = years.map((y) => (/^\d{4}$/.test(y.trim()) ? Number(y.trim()) : null));
  return (
    <div className="year-question" role="dialog" aria-modal="false" aria-labelledby="year-question-heading" data-testid="year-question">
      <h2 id="year-question-heading">{t.controls.yearQuestion(question.undated.length)}</h2>
      <p className="help">{t.controls.yearQuestionHelp}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onAnswer(parsed);
        }}
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      >
        {question.undated.map((u, i) => (
          <label key={u.dataset.fileName + i} className="field">
            <span>{u.dataset.fileName}</span>
            <input
              ref={i === 0 ? first : undefined}
              type="text"
              inputMode="numeric"
              pattern="\d{4}"
              required
              value={years[i]}
              aria-label={t.controls.yearFor(u.dataset.fileName)}
              onChange={(e) => setYears((ys) => ys.map((y, j) => (j === i ? e.target.value : y)))}
            />
          </label>
        ))}
        <div className="button-row">
          <button type="submit" className="primary">
            {t.controls.yearQuestionLoad}
          </button>
          <button type="button" onClick={onCancel}>
            {t.controls.cancelReading}
          </button>
        </div>
      </form>
    </div>
  );
}
