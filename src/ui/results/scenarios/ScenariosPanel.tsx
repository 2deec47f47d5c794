import { useState, type Dispatch } from 'react';
import type { TopN } from '../../../index/topN.ts';
import { TopNField } from '../../controls/TopNField.tsx';
import { NameForm } from '../../common/NameForm.tsx';
import { download } from '../../common/download.ts';
import { cleanName, isScenario, parseScenarioFile, scenarioFile, STORAGE_KEY, type Scenario } from '../../state/scenarioStore.ts';
import { StorageWarning } from '../../common/StorageWarning.tsx';
import { conflictingNames } from '../../state/slices/scenarios.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import { ReadJsonFiles } from '../../common/ReadJsonFiles.tsx';
import type { AppState, ScenarioRef } from '../../state/appState.ts';
import type { Comparison } from '../../state/selectors/comparison.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';
import type { NoticesAction } from '../../state/slices/notices.ts';
import type { ScenariosAction } from '../../state/slices/scenarios.ts';
import type { ViewAction } from '../../state/slices/view.ts';
import type { WeightsAction } from '../../state/slices/weights.ts';
import type { VariableDefinition } from '../../../index/types.ts';

interface Props {
  scenarios: AppState['scenarios'];
  /** The weighting now, saved under a name on "Spara". */
  current: Pick<Scenario, 'weights' | 'directions' | 'normalisation'>;
  variables: readonly VariableDefinition[];
  topN: TopN;
  view: Pick<DerivedView, 'areaByCode' | 'areas'>;
  comparison: Comparison | null;
  dispatch: Dispatch<ScenariosAction | WeightsAction | ViewAction | NoticesAction>;
  onSelect: (code: string) => void;
}

/** Save, name, exchange and compare weightings. */
export function ScenariosPanel({ scenarios, current, variables, topN, view, comparison, dispatch, onSelect }: Props) {
  const { t } = useI18n();
  const [renaming, setRenaming] = useState<{ from: string; to: string } | null>(null);
  /** Scenarios waiting for the user's answer: replace the saved ones of the same name? */
  const [pending, setPending] = useState<{ scenarios: Scenario[]; conflicts: string[]; save: boolean } | null>(null);
  const add = (added: Scenario[], save: boolean) => {
    const conflicts = conflictingNames(scenarios.saved, added);
    if (conflicts.length > 0) setPending({ scenarios: added, conflicts, save });
    else dispatch({ type: 'add-scenarios', scenarios: added, replace: false });
  };
  const [a, setA] = useState<ScenarioRef>(scenarios.compare?.a ?? 'default');
  const [b, setB] = useState<ScenarioRef>(scenarios.compare?.b ?? 'current');
  const keys = new Set(variables.map((v) => v.key));
  const refs: { ref: ScenarioRef; label: string }[] = [
    { ref: 'default', label: t.scenarios.refDefault },
    { ref: 'current', label: t.scenarios.refCurrent },
    ...scenarios.saved.map((s) => ({ ref: `scenario:${s.name}` as ScenarioRef, label: s.name })),
  ];
  const nameOf = (code: string) => view.areaByCode.get(code)?.name ?? code;

  return (
    <div className="scenarios" data-testid="scenarios">
      <section aria-labelledby="scenarios-heading" className="panel">
        <h2 id="scenarios-heading">{t.scenarios.title}</h2>
        <NameForm
          label={t.scenarios.scenarioName}
          submitLabel={t.scenarios.saveScenario}
          testId="scenario-name"
          onSubmit={(name) => {
            const savedAt = new Date().toISOString();
            if (scenarios.saved.some((x) => x.name === cleanName(name))) {
              const { weights, directions, normalisation } = current;
              add([{ name: cleanName(name), savedAt, weights, directions, normalisation }], true);
            } else dispatch({ type: 'save-scenario', name, savedAt, replace: false });
          }}
        />
        {pending && (
          <div className="confirm" role="alertdialog" aria-labelledby="replace-question" data-testid="replace-question">
            <p id="replace-question">{t.scenarios.replaceQuestion(pending.conflicts)}</p>
            <div className="button-row">
              <button
                type="button"
                onClick={() => {
                  dispatch({ type: 'add-scenarios', scenarios: pending.scenarios, replace: true });
                  setPending(null);
                }}
              >
                {t.scenarios.replace}
              </button>
              <button
                type="button"
                autoFocus
                onClick={() => {
                  dispatch({ type: 'add-scenarios', scenarios: pending.scenarios, replace: false });
                  setPending(null);
                }}
              >
                {t.scenarios.keepBoth}
              </button>
              <button type="button" onClick={() => setPending(null)}>
                {pending.save ? t.scenarios.cancelSave : t.scenarios.cancelImport}
              </button>
            </div>
          </div>
        )}
        <StorageWarning
          storage={scenarios.storage}
          storageKey={STORAGE_KEY}
          downloadName="kraftsamla-oläsbara-scenarier.txt"
          texts={{ failed: t.scenarios.storageFailed, blocked: t.scenarios.storageBlocked, overwrite: t.scenarios.overwriteUnreadable }}
          onOverwrite={() => dispatch({ type: 'storage-unblocked' })}
          testId="storage-warning"
        />
        {scenarios.saved.length === 0 ? (
          <p className="muted">{t.scenarios.noScenarios}</p>
        ) : (
          <ul className="scenario-list">
            {scenarios.saved.map((s) => (
              <li key={s.name} data-scenario={s.name}>
                {renaming?.from === s.name ? (
                  <RenameForm
                    from={s.name}
                    to={renaming.to}
                    taken={renaming.to.trim() !== s.name && scenarios.saved.some((x) => x.name === cleanName(renaming.to))}
                    onChange={(to) => setRenaming({ from: s.name, to })}
                    onSubmit={() => {
                      dispatch({ type: 'rename-scenario', from: s.name, to: renaming.to });
                      setRenaming(null);
                    }}
                    onCancel={() => setRenaming(null)}
                  />
                ) : (
                  <>
                    <strong>{s.name}</strong>
                    <span className="scenario-actions">
                      <button type="button" onClick={() => dispatch({ type: 'apply-weights', weights: s.weights, directions: s.directions, normalisation: s.normalisation, followUp: s.followUp })}>
                        {t.scenarios.applyScenario}
                      </button>
                      <button type="button" onClick={() => setRenaming({ from: s.name, to: s.name })}>
                        {t.scenarios.renameScenario}
                      </button>
                      <button type="button" onClick={() => download(`${s.name}.kraftsamla.json`, scenarioFile(s), 'application/json')}>
                        {t.scenarios.exportScenario}
                      </button>
                      <button type="button" onClick={() => dispatch({ type: 'delete-scenario', name: s.name })}>
                        {t.scenarios.deleteScenario}
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <ReadJsonFiles
          label={t.scenarios.importScenario}
          multiple
          testId="scenario-file"
          onFiles={(files, refused) => {
            const parsed = files.map((file) => ({ file, result: parseScenarioFile(file.text, keys) }));
            // All valid files in one go, so none replaces another.
            const valid = parsed.map((p) => p.result).filter(isScenario);
            if (valid.length > 0) add(valid, false);
            const bad = parsed.filter((p) => !isScenario(p.result));
            const issues = [...refused, ...bad.map(({ file, result }) => ({ kind: 'not-scenario' as const, file: file.name, value: isScenario(result) ? '' : (result.field ?? result.kind) }))];
            if (issues.length > 0) dispatch({ type: 'notice', notice: { tone: 'error', issues } });
          }}
        />
      </section>

      <section aria-labelledby="compare-heading" className="panel">
        <h2 id="compare-heading">{t.scenarios.compareTitle}</h2>
        <div className="compare-grid">
          <RefSelect label={t.scenarios.compareA} value={a} refs={refs} onChange={setA} testId="compare-a" />
          <RefSelect label={t.scenarios.compareB} value={b} refs={refs} onChange={setB} testId="compare-b" />
          <TopNField topN={topN} areaCount={view.areas.length} testId="top-n" dispatch={dispatch} />
        </div>
        <div className="button-row">
          <button type="button" onClick={() => dispatch({ type: 'set-compare', compare: { a, b } })}>
            {t.scenarios.startCompare}
          </button>
          {scenarios.compare && (
            <button type="button" onClick={() => dispatch({ type: 'set-compare', compare: null })}>
              {t.scenarios.stopCompare}
            </button>
          )}
        </div>
        {comparison && (
          <>
            <h3>{t.scenarios.moversTitle(topN.n)}</h3>
            {comparison.movers.length === 0 ? (
              <p className="muted">{t.scenarios.noMovers}</p>
            ) : (
              <table className="movers" data-testid="movers">
                <thead>
                  <tr>
                    <th scope="col">{t.ranking.name}</th>
                    <th scope="col">{t.scenarios.rankA}</th>
                    <th scope="col">{t.scenarios.rankB}</th>
                    <th scope="col">{t.scenarios.change}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.movers.map((m) => (
                    <tr key={m.code} data-code={m.code}>
                      <th scope="row">
                        <button type="button" className="link" onClick={() => onSelect(m.code)}>
                          {nameOf(m.code)}
                        </button>
                      </th>
                      <td className="num">{m.rankA ?? '–'}</td>
                      <td className="num">{m.rankB ?? '–'}</td>
                      <td className="num">
                        {m.change !== null && m.change > 0 ? `+${m.change}` : (m.change ?? '–')} ({m.inTopB ? t.scenarios.enters : t.scenarios.leaves})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function RefSelect(props: { label: string; value: ScenarioRef; refs: { ref: ScenarioRef; label: string }[]; onChange: (ref: ScenarioRef) => void; testId: string }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value as ScenarioRef)} data-testid={props.testId}>
        {props.refs.map((r) => (
          <option key={r.ref} value={r.ref}>
            {r.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Renaming in place: one button that saves the name, one that cancels (also Esc);
 * a name that is taken is said at once, not silently ignored. */
function RenameForm(props: { from: string; to: string; taken: boolean; onChange: (to: string) => void; onSubmit: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = `rename-${props.from}`;
  return (
    <form
      className="inline-form rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!props.taken && props.to.trim() !== '') props.onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        {t.scenarios.newName(props.from)}
      </label>
      <input id={id} value={props.to} maxLength={80} onChange={(e) => props.onChange(e.target.value)} aria-invalid={props.taken} aria-describedby={props.taken ? `${id}-taken` : undefined} autoFocus data-testid="rename-input" />
      <button type="submit" disabled={props.taken || props.to.trim() === ''}>
        {t.scenarios.saveName}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t.scenarios.cancelRename}
      </button>
      {props.taken && (
        <p className="field-error" id={`${id}-taken`} role="alert">
          {t.scenarios.nameTaken(cleanName(props.to))}
        </p>
      )}
    </form>
  );
}
