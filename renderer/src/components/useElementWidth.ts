import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content width of an element in CSS pixels, kept up to date as it resizes (a docked panel,
 * a window made narrower). `fallback` until measured, and where ResizeObserver is missing (jsdom).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(element.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
