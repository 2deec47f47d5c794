import type { AppState, StorageStatus } from '../appState.ts';
import type { LoadIssueKind } from '../../../data/loadIssue.ts';
import { showNotice } from './notices.ts';

/**
 * What a write to the browser's storage means for its status: null when
 * nothing changes; `announce` once, when saving starts to fail (the panel
 * keeps saying it). A blocked store stays blocked until the user decides.
 */
function afterWrite(was: StorageStatus, ok: boolean): { status: StorageStatus; announce: boolean } | null {
  if (was.kind === 'blocked') return null;
  if (ok) return was.kind === 'ok' ? null : { status: { kind: 'ok' }, announce: false };
  return was.kind === 'failed' ? null : { status: { kind: 'failed' }, announce: true };
}

/** The state after a write: the status set with `withStatus`, and a notice of `failedKind` the first time saving fails. */
export function withWriteResult(state: AppState, was: StorageStatus, ok: boolean, withStatus: (state: AppState, status: StorageStatus) => AppState, failedKind: LoadIssueKind): AppState {
  const after = afterWrite(was, ok);
  if (after === null) return state;
  const next = withStatus(state, after.status);
  return after.announce ? showNotice(next, { tone: 'error', issues: [{ kind: failedKind, file: '' }] }) : next;
}
