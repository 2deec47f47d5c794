import type { StorageStatus } from '../appState.ts';

/**
 * What a write to the browser's storage means for its status: null when
 * nothing changes; `announce` once, when saving starts to fail (the panel
 * keeps saying it). A blocked store stays blocked until the user decides.
 */
export function afterWrite(was: StorageStatus, ok: boolean): { status: StorageStatus; announce: boolean } | null {
  if (was.kind === 'blocked') return null;
  if (ok) return was.kind === 'ok' ? null : { status: { kind: 'ok' }, announce: false };
  return was.kind === 'failed' ? null : { status: { kind: 'failed' }, announce: true };
}
