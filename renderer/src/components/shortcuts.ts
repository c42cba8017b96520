import { useEffect } from 'react';

/** The keyboard shortcuts of the patient screen. Alt + letter moves focus; ? or F1 opens help. */
export const shortcutList = [
  { keys: 'Alt+N', code: 'KeyN', target: 'bsn-input', action: 'newPatient' },
  { keys: 'Alt+B', code: 'KeyB', target: 'section-limits', action: 'limits' },
  { keys: 'Alt+T', code: 'KeyT', target: 'section-consent', action: 'consent' },
  { keys: 'Alt+S', code: 'KeyS', target: 'section-summary', action: 'summary' },
  { keys: 'Alt+M', code: 'KeyM', target: 'section-medication', action: 'medication' },
  { keys: 'Alt+R', code: 'KeyR', target: 'section-report', action: 'report' },
] as const;

export type ShortcutAction = (typeof shortcutList)[number]['action'] | 'help' | 'close';

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/** Focuses the element with this id; a text field also gets its content selected for retyping. */
export function focusTarget(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus();
  if (el instanceof HTMLInputElement) el.select();
  el.scrollIntoView?.({ block: 'nearest' });
  return true;
}

/** Installs the shortcuts on the window while the patient screen is shown. */
export function useShortcuts(onHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key === 'F1' ||
        (event.key === '?' && !event.altKey && !event.ctrlKey && !isEditable(event.target))
      ) {
        event.preventDefault();
        onHelp();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const shortcut = shortcutList.find((s) => s.code === event.code);
      if (!shortcut) return;
      event.preventDefault();
      focusTarget(shortcut.target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onHelp]);
}
