import { useEffect, useRef, useState } from 'react';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { DemoBanner } from '../../components/DemoBanner';
import { TrainerPanel } from './TrainerPanel';
import { trainerMessages } from './messages';
import './trainer.css';

/** Ctrl+Shift+T (by key position, any layout). */
export const isTrainerShortcut = (event: KeyboardEvent): boolean =>
  event.ctrlKey && event.shiftKey && !event.altKey && event.code === 'KeyT';

/**
 * Demo mode only (App mounts it only then): the DEMO banner with the "Trainer" button in it (it
 * no longer floats over the medication table, issue 16 point 6), the Ctrl+Shift+T shortcut, the
 * trainer panel, and the DEMO watermark that appears on every printed page.
 */
export function TrainerLauncher() {
  const t = useFeatureMessages(trainerMessages);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Focus goes back where it was; when that was nowhere (opened by shortcut), to this button.
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) buttonRef.current?.focus();
    });
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isTrainerShortcut(event)) return;
      event.preventDefault();
      setOpen((current) => !current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <DemoBanner
        action={
          <button
            ref={buttonRef}
            type="button"
            className="button trainer-launch"
            aria-expanded={open}
            aria-keyshortcuts="Control+Shift+T"
            title={t('openHint')}
            data-testid="trainer-open"
            onClick={() => setOpen((current) => !current)}
          >
            {t('open')}
          </button>
        }
      />
      <div className="demo-watermark" aria-hidden="true" data-testid="demo-watermark">
        {t('watermark')}
      </div>
      {open && <TrainerPanel onClose={close} />}
    </>
  );
}
