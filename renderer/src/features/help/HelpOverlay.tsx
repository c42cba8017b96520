import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { helpMessages } from './messages';
import { shortcutList } from '../../components/shortcuts';
import './help.css';

/** The shortcut list as a modal dialog: focus moves in, Escape closes, focus returns. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useFeatureMessages(helpMessages);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
    // One focusable control: keep Tab inside the dialog.
    if (event.key === 'Tab') {
      event.preventDefault();
      closeRef.current?.focus();
    }
  };
  const rows: [string, string][] = [
    ...shortcutList.map((s) => [s.keys, t(s.action)] as [string, string]),
    ['Enter', t('enter')],
    ['? / F1', t('help')],
    ['Esc', t('closeHelp')],
  ];
  return (
    <div className="overlay" onKeyDown={onKeyDown}>
      <div
        className="overlay__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="help-overlay"
      >
        <h2 id="help-title">{t('title')}</h2>
        <p className="muted">{t('intro')}</p>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('col.keys')}</th>
              <th scope="col">{t('col.action')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([keys, action]) => (
              <tr key={keys}>
                <td>
                  <kbd>{keys}</kbd>
                </td>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
