import type { Dispatch } from 'react';
import { NameForm } from '../../common/NameForm.tsx';
import { sharesOf } from '../../../index/consensus.ts';
import type { VariableDefinition } from '../../../index/types.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { LoadIssue } from '../../../data/loadIssue.ts';
import { ReadJsonFiles } from '../../common/ReadJsonFiles.tsx';
import type { AppState } from '../../state/appState.ts';
import { PARTICIPANTS_KEY } from '../../state/participantStore.ts';
import { StorageWarning } from '../../common/StorageWarning.tsx';
import type { Consensus } from '../../state/selectors/consensus.ts';
import type { NoticesAction } from '../../state/slices/notices.ts';
import type { ParticipantsAction } from '../../state/slices/participants.ts';
import type { WeightsAction } from '../../state/slices/weights.ts';
import { isScenario, parseScenarioFile } from '../../state/scenarioStore.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';

/**
 * The steering group's weightings side by side, their median as a consensus
 * proposal, and the areas in the top N whoever's weighting is used.
 */
interface Props {
  participants: AppState['participants'];
  variables: readonly VariableDefinition[];
  /** The sliders now, for "add with the current weights". */
  weights: Record<string, number>;
  consensus: Consensus;
  topN: number;
  view: Pick<DerivedView, 'areaByCode'>;
  dispatch: Dispatch<ParticipantsAction | WeightsAction | NoticesAction>;
  onSelect: (code: string) => void;
}

export function ParticipantsPanel({ participants: { list: participants, storage }, variables, weights: current, consensus, topN, view, dispatch, onSelect }: Props) {
  const { t, language, percent } = useI18n();
  const keys = variables.map((v) => v.key);
  const { median, robust } = consensus;
  const medianTotal = keys.reduce((sum, k) => sum + (median[k] ?? 0), 0);
  // As slider values: the median shares in percent, which the index scales to 100 % like any setting.
  const medianWeights = Object.fromEntries(keys.map((k) => [k, Math.round((median[k] ?? 0) * 100)]));

  return (
    <section className="panel participants" aria-labelledby="participants-heading" data-testid="participants">
      <h2 id="participants-heading">{t.scenarios.participants}</h2>
      <p className="help">{t.scenarios.participantsHelp}</p>
      <NameForm
        label={t.scenarios.participantName}
        submitLabel={t.scenarios.addParticipant}
        testId="participant-name"
        onSubmit={(name) => dispatch({ type: 'add-participant', weighting: { name, weights: current } })}
      />
      <ReadJsonFiles
        label={t.scenarios.importParticipant}
        multiple
        testId="participant-file"
        onFiles={(files, refused) => {
          const issues: LoadIssue[] = [...refused];
          for (const file of files) {
            const parsed = parseScenarioFile(file.text, new Set(keys));
            if (isScenario(parsed)) dispatch({ type: 'add-participant', weighting: { name: parsed.name, weights: parsed.weights } });
            else issues.push({ kind: 'not-scenario' as const, file: file.name, value: parsed.field ?? parsed.kind });
          }
          if (issues.length > 0) dispatch({ type: 'notice', notice: { tone: 'error', issues } });
        }}
      />
      <StorageWarning
        storage={storage}
        storageKey={PARTICIPANTS_KEY}
        downloadName="kraftsamla-oläsbara-deltagare.txt"
        texts={{ failed: t.scenarios.participantsStorageFailed, blocked: t.scenarios.participantsStorageBlocked, overwrite: t.scenarios.overwriteUnreadableParticipants }}
        onOverwrite={() => dispatch({ type: 'participants-storage-unblocked' })}
        testId="participants-storage-warning"
      />
      {participants.length === 0 ? (
        <p className="muted">{t.scenarios.noParticipants}</p>
      ) : (
        <>
          <table className="participant-table" data-testid="participant-table">
            <thead>
              <tr>
                <th scope="col">{t.scenarios.participantName}</th>
                {variables.map((v) => (
                  <th scope="col" key={v.key}>
                    {v.shortLabel?.[language] ?? v.label[language]}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t.scenarios.removeParticipant}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => {
                const share = sharesOf(p.weights, keys);
                return (
                  <tr key={p.name}>
                    <th scope="row">{p.name}</th>
                    {keys.map((k) => (
                      <td key={k} className="num">
                        {percent(share[k] ?? 0)}
                      </td>
                    ))}
                    <td>
                      <button type="button" className="small" onClick={() => dispatch({ type: 'remove-participant', name: p.name })}>
                        {t.scenarios.removeParticipant}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr data-testid="median-row">
                <th scope="row">{t.scenarios.medianRow}</th>
                {keys.map((k) => (
                  <td key={k} className="num">
                    {percent(median[k] ?? 0)}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
          {Math.abs(medianTotal - 1) > 0.005 && (
            <p className="help" data-testid="median-total">
              {t.scenarios.medianTotal(percent(medianTotal))}
            </p>
          )}
          <button type="button" onClick={() => dispatch({ type: 'apply-weights', weights: medianWeights })}>
            {t.scenarios.useMedian}
          </button>
          <h3>{t.scenarios.robustTitle(topN)}</h3>
          {robust.length === 0 ? (
            <p className="muted">{t.scenarios.noRobust}</p>
          ) : (
            <ul className="robust-list" data-testid="robust-areas">
              {robust.map((code) => (
                <li key={code} data-code={code}>
                  <button type="button" className="link" onClick={() => onSelect(code)}>
                    {view.areaByCode.get(code)?.name ?? code}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
