import type { Dispatch } from 'react';
import type { VariableDefinition } from '../../../index/types.ts';
import { shareSdPp, WEIGHT_SPREADS } from '../../../index/uncertainty/weightSpread.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { TopN } from '../../../index/topN.ts';
import { TopNField } from '../../controls/TopNField.tsx';
import { RankIntervalTable } from './RankIntervalTable.tsx';
import { SAMPLE_CHOICES, type MapColour, type UncertaintySettings } from '../../state/view.ts';
import type { UncertaintyAction } from '../../state/slices/uncertainty.ts';
import type { ViewAction } from '../../state/slices/view.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';
import type { UncertaintyView } from '../../state/useUncertainty.ts';
import { swedishCollator } from '../../state/selectors/steps.ts';

interface Props {
  settings: UncertaintySettings;
  topN: TopN;
  mapColour: MapColour;
  selected: string | null;
  variables: readonly VariableDefinition[];
  view: Pick<DerivedView, 'areas' | 'areaByCode' | 'rankedCount' | 'reliability'>;
  uncertainty: UncertaintyView;
  proposed: ReadonlySet<string>;
  /** Codes some weighting puts first; undefined while computing, null if unknown. */
  firstPlaces: readonly string[] | null | undefined;
  dispatch: Dispatch<UncertaintyAction | ViewAction>;
  onSelect: (code: string) => void;
  /** Only the results, for the projector. */
  compact?: boolean;
}

/** Uncertainty and sensitivity analysis: the choices, progress, which
 * weight matters, and every area's rank interval. */
export function RobustnessPanel({ settings: u, topN, mapColour, selected, variables, view, uncertainty, proposed, firstPlaces, dispatch, onSelect, compact = false }: Props) {
  const { t, number, percent, language } = useI18n();
  const r = t.robustness;
  const set = (settings: Partial<UncertaintySettings>) => dispatch({ type: 'set-uncertainty', settings });
  const inUse = uncertainty.model.keys.length;
  const { summary } = uncertainty;
  const labelOf = new Map(variables.map((v: VariableDefinition) => [v.key, v.label[language]]));
  const sensitivities = [
    ...(summary?.weightSensitivity ?? []).map((s) => ({ id: s.key, label: labelOf.get(s.key) ?? s.key, value: s.firstOrder })),
    ...(summary?.normalisationSensitivity != null ? [{ id: 'normalisation', label: r.sensitivityNormalisation, value: summary.normalisationSensitivity }] : []),
  ];
  const top = sensitivities.reduce<(typeof sensitivities)[number] | null>((a, b) => (a === null || b.value > a.value ? b : a), null);
  const noVariation = summary !== null && summary.done > 0 && summary.areas.every((a) => a.low === a.high);

  return (
    <section className="panel robustness" aria-labelledby="robustness-heading" data-testid="robustness" data-state={uncertainty.running ? "running" : "final"} aria-busy={uncertainty.running}>
      <h2 id="robustness-heading">{r.title}</h2>
      {!compact && <p className="help">{r.intro}</p>}
      {!compact && (
        <div className="robustness-controls">
          <fieldset>
            <legend>{r.spread}</legend>
            {WEIGHT_SPREADS.map((spread) => (
              <label key={spread} className="radio">
                <input type="radio" name="spread" value={spread} checked={u.spread === spread} onChange={() => set({ spread })} />
                {r.spreads[spread]}
              </label>
            ))}
            <p className="help">{(u.spread === 'uniform' ? r.spreadHelpUniform : r.spreadHelp)(number(shareSdPp(0.25, u.spread, inUse), 1))}</p>
          </fieldset>
          <label className="check">
            <input type="checkbox" checked={u.drawNormalisation} onChange={(e) => set({ drawNormalisation: e.target.checked })} />
            {r.drawNormalisation}
          </label>
          <label className="check">
            <input type="checkbox" checked={u.samplingNoise} onChange={(e) => set({ samplingNoise: e.target.checked })} />
            {r.samplingNoise}
          </label>
          {u.samplingNoise && <p className="help">{r.samplingNoiseHelp}</p>}
          <div className="field-row">
            <TopNField topN={topN} areaCount={view.areas.length} testId="robustness-top-n" dispatch={dispatch} />
            <label>
              {r.samples}
              <select value={u.samples} onChange={(e) => set({ samples: Number(e.target.value) })} data-testid="robustness-samples">
                {SAMPLE_CHOICES.map((n) => (
                  <option key={n} value={n}>
                    {number(n, 0)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {r.seed}
              <input
                type="number"
                min={0}
                step={1}
                value={u.seed}
                onChange={(e) => set({ seed: Number(e.target.value) })}
                aria-describedby="seed-help"
                data-testid="robustness-seed"
              />
            </label>
            <button type="button" className="small" onClick={() => set({ seed: Math.floor(Math.random() * 1_000_000) })}>
              {r.newSeed}
            </button>
          </div>
          <p className="help" id="seed-help">
            {r.seedHelp}
          </p>
        </div>
      )}
      <label className="check strong">
        <input
          type="checkbox"
          checked={mapColour === 'probability'}
          onChange={(e) => dispatch({ type: 'set-map-colour', colour: e.target.checked ? 'probability' : 'index' })}
          data-testid="map-colour-probability"
        />
        {r.mapColour(topN.n)}
      </label>
      {inUse === 0 ? <p>{t.controls.allWeightsZero}</p> : <RunStatus uncertainty={uncertainty} />}
      {summary && summary.areas.length > 0 && (
        <>
          <h3>{r.sensitivityTitle}</h3>
          {noVariation ? (
            <p>{r.noVariation}</p>
          ) : (
            <>
              {top && top.value > 0 && <p className="hinge">{r.hingesOn(top.label)}</p>}
              <ul className="sensitivity" data-testid="sensitivity">
                {sensitivities.map((s) => (
                  <li key={s.id} data-var={s.id} data-value={s.value}>
                    <span className="sensitivity-label">{s.label}</span>
                    <span className="bar-track" aria-hidden="true">
                      <span className="bar positive" style={{ left: 0, width: `${s.value * 100}%` }} />
                    </span>
                    <span className="num">{percent(s.value)}</span>
                  </li>
                ))}
              </ul>
              {!compact && <p className="help">{r.sensitivityHelp}</p>}
            </>
          )}
          <FirstPlaces codes={firstPlaces} view={view} onSelect={onSelect} />
          <RankIntervalTable areas={summary.areas} view={view} topN={topN.n} proposed={proposed} selected={selected} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}

function RunStatus({ uncertainty }: { uncertainty: UncertaintyView }) {
  const { t, number } = useI18n();
  const { summary, running, elapsedMs } = uncertainty;
  const done = summary && !uncertainty.stale ? summary.done : 0;
  const total = summary?.total ?? 0;
  return (
    <div className="run-status" data-testid="run-status" data-running={running} data-elapsed-ms={elapsedMs ?? undefined}>
      {running && (
        <>
          <progress max={Math.max(1, total)} value={done} aria-label={t.robustness.running} />
          <span>{summary && !uncertainty.stale ? t.robustness.progress(number(done, 0), number(total, 0)) : t.robustness.running}</span>
        </>
      )}
      {/* Always present, so the finished message is announced once per run,
          not every partial update. */}
      <span aria-live="polite">{!running && summary ? t.robustness.finished(number(summary.total, 0), number(elapsedMs ?? 0, 0)) : ''}</span>
    </div>
  );
}

/** Said openly: how many areas a chosen weighting could put first. */
function FirstPlaces({ codes, view, onSelect }: { codes: readonly string[] | null | undefined; view: Pick<DerivedView, 'areaByCode' | 'rankedCount'>; onSelect: (code: string) => void }) {
  const { t } = useI18n();
  const r = t.robustness;
  if (codes === undefined) return <p className="muted">{r.firstPlacesComputing}</p>;
  if (codes === null) return <p className="muted">{r.firstPlacesUnknown}</p>;
  const names = codes.map((c) => ({ code: c, name: view.areaByCode.get(c)?.name ?? c })).sort((a, b) => swedishCollator.compare(a.name, b.name));
  return (
    <div className="first-places" data-testid="first-places" data-count={codes.length}>
      <p>
        <strong>{r.firstPlaces(codes.length, view.rankedCount)}</strong> {r.firstPlacesWhy}
      </p>
      <details>
        <summary>{r.firstPlacesList}</summary>
        <ul>
          {names.map((n) => (
            <li key={n.code}>
              <button type="button" className="link" onClick={() => onSelect(n.code)}>
                {n.name}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
