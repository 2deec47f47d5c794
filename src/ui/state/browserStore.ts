/**
 * One JSON value under one key of the browser's storage, read defensively:
 * a store that does not read back as the value is set aside under another
 * key (never thrown, never overwritten), or, when there is no room for the
 * copy, left in place with writes blocked until the user decides.
 */
export type ReadableStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoreRead<T> {
  /** null: nothing stored, or nothing readable. */
  value: T | null;
  /** Key the unreadable store was moved to, if it was. */
  setAside: string | null;
  /** Characters of an unreadable store that could not be set aside. */
  blocked: number | null;
}

/** `read` returns null for a value it does not accept. */
export function readStore<T>(storage: ReadableStorage, key: string, read: (json: unknown) => T | null, now = new Date()): StoreRead<T> {
  const raw = storage.getItem(key);
  if (raw === null) return { value: null, setAside: null, blocked: null };
  let value: T | null = null;
  try {
    value = read(JSON.parse(raw));
  } catch {
    value = null;
  }
  if (value !== null) return { value, setAside: null, blocked: null };
  const aside = `${key}.oläsbar-${now.toISOString()}`;
  try {
    storage.setItem(aside, raw);
  } catch {
    // No room for the copy (a store over half the quota): keep it, block writes.
    return { value: null, setAside: null, blocked: raw.length };
  }
  storage.removeItem(key);
  return { value: null, setAside: aside, blocked: null };
}

/** Write the value and read it back; false when the browser refused. */
export function writeStore(storage: Pick<Storage, 'setItem' | 'getItem'>, key: string, value: unknown): boolean {
  const text = JSON.stringify(value);
  try {
    storage.setItem(key, text);
    return storage.getItem(key) === text;
  } catch {
    return false;
  }
}

/** The unreadable store as it is, for the user to download before they agree to replace it. */
export function readRawStore(storage: Pick<Storage, 'getItem'>, key: string): string {
  return storage.getItem(key) ?? '';
}
