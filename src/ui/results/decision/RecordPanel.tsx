import type { Dispatch } from 'react';
import { LIMITS } from '../../../decision/limits.ts';
import { parseRecordFile, recordFile } from '../../../decision/recordFile.ts';
import { latestRevision } from '../../../decision/revisions.ts';
import type { DecisionDraft } from '../../../decision/types.ts';
import { parseEach } from '../../common/parseEach.ts';
import { CommitText } from '../../common/CommitText.tsx';
import { download } from '../../common/download.ts';
import { ReadJsonFiles } from '../../common/ReadJsonFiles.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { AppState } from '../../state/appState.ts';
import { StorageWarning } from '../../common/StorageWarning.tsx';
import { DECISION_KEY } from '../../state/decisionStore.ts';
import type { DecisionAction } from '../../state/slices/decision.ts';
import type { NoticesAction } from '../../state/slices/notices.ts';

interface Props {
  decision: AppState['decision'];
  changed: boolean;
  /** The analysis is still running: the intervals to record are not ready. */
  waiting: boolean;
  onSave: () => void;
  dispatch: Dispatch<DecisionAction | NoticesAction>;
}

/** The record: its heading, saving a version, the file to exchange, and questions before anything stored is replaced. */
export function RecordPanel({ decision, changed, waiting, onSave, dispatch }: Props) {
  const { t } = useI18n();
  const d = t.decision;
  const { draft, record, pendingRecord, storage } = decision;
  const heading = (h: Partial<Pick<DecisionDraft, 'title' | 'errand' | 'proposal' | 'decidedOn'>>) => dispatch({ type: 'decision-set-heading', heading: h });
  const latest = latestRevision(record);
  return (
    <section className="panel" aria-labelledby="record-heading">
      <h3 id="record-heading">{d.recordTitle}</h3>
      <div className="record-fields">
        <label className="field" htmlFor="decision-title">
          <span>{d.titleField}</span>
        </label>
        <CommitText id="decision-title" value={draft.title} maxLength={LIMITS.title} onCommit={(title) => heading({ title })} testId="decision-title" />
        <label className="field" htmlFor="decision-errand">
          <span>{d.errandField}</span>
        </label>
        <CommitText id="decision-errand" value={draft.errand} maxLength={LIMITS.errand} placeholder={d.errandPlaceholder} onCommit={(errand) => heading({ errand })} testId="decision-errand" />
        <label className="field">
          <span>{d.dateField}</span>
          <input type="date" value={draft.decidedOn} onChange={(e) => heading({ decidedOn: e.target.value })} data-testid="decision-date" />
        </label>
        <label className="field" htmlFor="decision-proposal">
          <span>{d.proposalField}</span>
        </label>
        <CommitText id="decision-proposal" value={draft.proposal} multiline maxLength={LIMITS.proposal} placeholder={d.proposalPlaceholder} onCommit={(proposal) => heading({ proposal })} testId="decision-proposal" />
      </div>
      <p className="record-state" data-testid="record-state" data-changed={changed}>
        {latest === null ? d.notSavedYet : changed ? d.changedSince(latest.revision) : d.sameAs(latest.revision)}
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onSave} disabled={waiting || (!changed && latest !== null)} data-testid="save-revision">
          {latest === null ? d.saveFirst : d.saveNext(latest.revision + 1)}
        </button>
        {waiting && <span className="muted">{d.waitingForAnalysis}</span>}
        {record && (
          <button type="button" onClick={() => download(d.recordFileName, recordFile(record), 'application/json')} data-testid="export-record">
            {d.exportRecord}
          </button>
        )}
        <ReadJsonFiles
          label={d.importRecord}
          testId="record-file"
          onFiles={(files, refused) => {
            const issues = parseEach(files, refused, parseRecordFile, 'not-decision', (record, fileName) => dispatch({ type: 'decision-import', record, fileName, replace: false }));
            if (issues.length > 0) dispatch({ type: 'notice', notice: { tone: 'error', issues } });
          }}
        />
        {latest && (
          <a className="button" href={`#/beslut/${latest.revision}`} data-testid="open-document">
            {d.openDocument}
          </a>
        )}
      </div>
      {pendingRecord && (
        <div className="confirm" role="alertdialog" aria-labelledby="replace-record-question" data-testid="replace-record-question">
          <p id="replace-record-question">{pendingRecord.relation === 'older' ? d.olderRecordQuestion(pendingRecord.fileName) : d.otherRecordQuestion(pendingRecord.fileName)}</p>
          <div className="button-row">
            {record && (
              <button type="button" onClick={() => download(d.recordFileName, recordFile(record), 'application/json')}>
                {d.downloadStoredFirst}
              </button>
            )}
            <button type="button" onClick={() => dispatch({ type: 'decision-import', record: pendingRecord.record, fileName: pendingRecord.fileName, replace: true })}>
              {d.replaceRecord}
            </button>
            <button type="button" autoFocus onClick={() => dispatch({ type: 'decision-cancel-pending' })}>
              {d.keepStored}
            </button>
          </div>
        </div>
      )}
      <StorageWarning
        storage={storage}
        storageKey={DECISION_KEY}
        downloadName="kraftsamla-oläsbart-beslut.txt"
        texts={{ failed: d.storageFailed, blocked: d.storageBlocked, overwrite: d.overwriteUnreadable }}
        onOverwrite={() => dispatch({ type: 'decision-storage-unblocked' })}
        testId="decision-storage-warning"
      />
    </section>
  );
}
