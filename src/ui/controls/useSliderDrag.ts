import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** What a weight slider reports: a press of a pointer on it, and each change. */
export interface SliderDragHandlers {
  onPointerDown: () => void;
  onStep: () => void;
}

const DRAG_ENDS = ['pointerup', 'pointercancel', 'blur'] as const;

/**
 * Whether a weight slider is being dragged: from the first change made with
 * a pressed pointer until the pointer is let go. A keyboard step is never a
 * drag. Why: redrawing the 136-row ranking on every step of a drag costs more
 * than half of the step with software rendering (issue 13), and the map and
 * the weights already follow the hand; the table follows when it lets go.
 */
export function useSliderDrag(): { dragging: boolean; handlers: SliderDragHandlers } {
  const [dragging, setDragging] = useState(false);
  const pressed = useRef(false);

  const onPointerDown = useCallback(() => {
    pressed.current = true;
  }, []);

  const onStep = useCallback(() => {
    if (pressed.current) setDragging(true);
  }, []);

  // The pointer may be let go anywhere on the page, not only on the slider,
  // or outside the window, which the page learns as a blur.
  useEffect(() => {
    const release = () => {
      pressed.current = false;
      setDragging(false);
    };
    for (const type of DRAG_ENDS) window.addEventListener(type, release);
    return () => {
      for (const type of DRAG_ENDS) window.removeEventListener(type, release);
    };
  }, []);

  const handlers = useMemo(() => ({ onPointerDown, onStep }), [onPointerDown, onStep]);
  return { dragging, handlers };
}
