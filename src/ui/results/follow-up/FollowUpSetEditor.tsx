import { useState, type Dispatch } from 'react';
import type { Geography } from '../../../data/geography.ts';
import type { FollowUp } from '../../../followup/followUp.ts';
import { MAX_COMPARISON_SIZE } from '../../../followup/followUpSet.ts';
import { swedishCollator } from '../../state/selectors/steps.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { TimeAction } from '../../state/slices/time.ts';

interface Props {
  followUp: FollowUp;
  geography: Geography;
  dispatch: Dispatch<TimeAction>;
  onSelect: (code: string) => void;
}

/** The follow-up set: its name, start year, areas and the size of the comparison group. */
export function FollowUpSetEditor({ followUp, geography, dispatch, onSelect }: Props) {
  const { t, number } = useI18n();
  const f = t.followUp;
  const { set, comparison } = followUp;
  const nameOf = (code: string) => geography.delomradeNames.get(code) ?? code;
  const [name, setName] = useState(set.name);
  const candidates = [...geography.delomradeNames].filter(([code]) => !set.codes.includes(code)).sort((a, b) => swedishCollator.compare(a[1], b[1]));
  return (
    <div className="follow-up-set">
      <div className="field-row">
        <label className="field">
          <span>{f.setName}</span>
          <input
            type="text"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => dispatch({ type: 'set-follow-up', followUp: { name } })}
            onKeyDown={(e) => e.key === 'Enter' && dispatch({ type: 'set-follow-up', followUp: { name } })}
          />
        </label>
        <label className="field narrow">
          <span>{f.startYear}</span>
          <input
            type="number"
            min={1950}
            max={2100}
            value={set.startYear}
            data-testid="follow-up-start"
            onChange={(e) => dispatch({ type: 'set-follow-up', followUp: { startYear: Number(e.target.value) } })}
          />
        </label>
      </div>
      <details>
        <summary>{f.areas(set.codes.length)}</summary>
        <ul className="chips">
          {set.codes.map((code) => (
            <li key={code}>
              {nameOf(code)}
              <button type="button" aria-label={f.remove(nameOf(code))} onClick={() => dispatch({ type: 'toggle-follow-up-area', code })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <label className="field">
          <span>{f.add}</span>
          <select value="" onChange={(e) => e.target.value && dispatch({ type: 'toggle-follow-up-area', code: e.target.value })} data-testid="follow-up-add">
            <option value="">{f.addPlaceholder}</option>
            {candidates.map(([code, n]) => (
              <option key={code} value={code}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link" onClick={() => dispatch({ type: 'reset-follow-up' })}>
          {f.reset}
        </button>
      </details>
      <label className="field narrow">
        <span>{f.comparisonSize}</span>
        <input
          type="number"
          min={1}
          max={MAX_COMPARISON_SIZE}
          value={set.comparisonSize}
          data-testid="comparison-size"
          onChange={(e) => dispatch({ type: 'set-follow-up', followUp: { comparisonSize: Number(e.target.value) } })}
        />
      </label>
      <p className="help" data-testid="comparison-how">
        {f.comparisonHow(comparison.codes.length, followUp.matchYear)}
      </p>
      <details>
        <summary>
          {f.comparisonList} ({comparison.codes.length})
        </summary>
        <ul className="plain">
          {comparison.codes.map((code) => (
            <li key={code}>
              <button type="button" className="link" onClick={() => onSelect(code)}>
                {nameOf(code)}
              </button>{' '}
              <small>
                ({nameOf(comparison.nearest.get(code)!)}, {number(comparison.distances.get(code)!, 2)})
              </small>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
