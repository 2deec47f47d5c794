import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** What a weight slider reports: a press of a pointer on it, and each change. */
export interface SliderDragHandlers {
  onPointerDown: () => void;
  onStep: () => void;
}

/** How long the hand must rest on a pressed slider before what is held catches up. */
export const REST_MS = 250;

/**
 * Whether a weight slider is being dragged: from the first change made with
 * a pressed pointer until the pointer is let go or rests for REST_MS. A
 * keyboard step is never a drag. Why: redrawing the 136-row ranking on every
 * step of a drag costs more than half of the step with software rendering
 * (issue 13), and the map already follows the hand; the table follows it once
 * the hand rests.
 */
export function useSliderDrag(): { dragging: boolean; handlers: SliderDragHandlers } {
  const [dragging, setDragging] = useState(false);
  const pressed = useRef(false);
  const rest = useRef(0);

  const settle = useCallback(() => {
    clearTimeout(rest.current);
    setDragging(false);
  }, []);

  const onPointerDown = useCallback(() => {
    pressed.current = true;
  }, []);

  const onStep = useCallback(() => {
    if (!pressed.current) return;
    setDragging(true);
    clearTimeout(rest.current);
    rest.current = window.setTimeout(settle, REST_MS);
  }, [settle]);

  // The pointer may be let go anywhere on the page, not only on the slider.
  useEffect(() => {
    const release = () => {
      if (!pressed.current) return;
      pressed.current = false;
      settle();
    };
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    return () => {
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
      clearTimeout(rest.current);
    };
  }, [settle]);

  const handlers = useMemo(() => ({ onPointerDown, onStep }), [onPointerDown, onStep]);
  return { dragging, handlers };
}
