import { useEffect, useRef } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once after `timeoutMs` without keyboard, pointer or wheel activity. */
export function useIdleTimer(timeoutMs: number, onIdle: () => void, active = true): void {
  const last = useRef(Date.now());
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, touch, { passive: true });
    const check = window.setInterval(
      () => {
        if (Date.now() - last.current >= timeoutMs) {
          last.current = Date.now();
          callback.current();
        }
      },
      Math.min(1000, timeoutMs),
    );
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, touch);
      window.clearInterval(check);
    };
  }, [timeoutMs, active]);
}
