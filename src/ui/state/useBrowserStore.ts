import { useEffect, useRef } from 'react';
import type { StorageStatus } from './appState.ts';

/**
 * Write a value back to the browser whenever it changes (not on the first
 * render: what was just read needs no writing), and report whether the
 * browser kept it. While an unreadable store is blocked, nothing is written
 * over it.
 */
export function useBrowserStore<T>(value: T, status: StorageStatus, write: (storage: Storage, value: T) => boolean, onWritten: (ok: boolean) => void) {
  const written = useRef(value);
  const blocked = status.kind === 'blocked';
  const latest = useRef({ write, onWritten });
  useEffect(() => {
    latest.current = { write, onWritten };
  });
  useEffect(() => {
    if (blocked || written.current === value) return;
    written.current = value;
    let ok = false;
    try {
      ok = latest.current.write(window.localStorage, value);
    } catch {
      ok = false;
    }
    latest.current.onWritten(ok);
  }, [value, blocked]);
}

/** Read from the browser's storage before the first render; storage itself may be blocked (private mode, policy). */
export function readBrowserStore<T>(read: (storage: Storage) => T, fallback: T): T {
  try {
    return read(window.localStorage);
  } catch {
    return fallback;
  }
}
