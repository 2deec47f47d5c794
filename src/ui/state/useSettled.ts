import { useEffect, useState } from 'react';

/**
 * A value once it has stopped changing for `delayMs` (the first value at
 * once). For background work that is worth doing only when the user has
 * stopped: while someone scrubs through the years, a sweep over every area
 * started at each step would only compete with the map for the processor.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
