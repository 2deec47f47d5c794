import { useRef } from 'react';

/**
 * The value as it was when `hold` became true, for as long as it stays true;
 * the current value otherwise. A component given the held value (and memoised)
 * then neither re-renders nor repaints meanwhile.
 */
export function useHeldWhile<T>(value: T, hold: boolean): T {
  const held = useRef(value);
  if (!hold) held.current = value;
  return held.current;
}
