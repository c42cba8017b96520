import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { ConsentEditor } from './ConsentEditor';
import { InboxList } from './InboxList';
import { LspLogTable } from './LspLogTable';
import { RegimeSwitches } from './RegimeSwitches';
import { ScenarioPicker } from './ScenarioPicker';
import { SourceControls } from './SourceControls';
import { trainerMessages } from './messages';
import { useDemoBusy, useDemoControl, useDemoControlError, useDemoState } from './trainerQueries';

/**
 * The trainer's controls beside the clinician's screen (a non-modal dialog: the effect of a switch
 * stays visible). Escape closes it and focus returns to where it was.
 */
export function TrainerPanel({ onClose }: { onClose: () => void }) {
  const t = useFeatureMessages(trainerMessages);
  const state = useDemoState();
  const control = useDemoControl();
  const busy = useDemoBusy();
  const controlError = useDemoControlError();
  const [resetDone, setResetDone] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    headingRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <section
      className="trainer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="trainer-title"
      data-testid="trainer-panel"
      onKeyDown={onKeyDown}
    >
      <header className="trainer__header">
        <h2 id="trainer-title" ref={headingRef} tabIndex={-1}>
          {t('title')}
        </h2>
        <button type="button" className="button" onClick={onClose} data-testid="trainer-close">
          {t('close')}
        </button>
      </header>
      <p className="muted">{t('intro')}</p>
      {state.isPending && <p role="status">{t('loading')}</p>}
      {state.isError && (
        <p role="alert" className="alert alert--error">
          {t('failed', { message: state.error.message })}
        </p>
      )}
      {controlError && (
        <p role="alert" className="alert alert--error">
          {t('failed', { message: controlError.message })}
        </p>
      )}
      {state.data && (
        <>
          <ScenarioPicker state={state.data} />
          <RegimeSwitches state={state.data} />
          <SourceControls state={state.data} />
          <ConsentEditor state={state.data} />
          <section className="trainer__section">
            <button
              type="button"
              className="button"
              data-testid="trainer-reset"
              aria-disabled={busy}
              onClick={() => {
                if (busy) return;
                control.mutate({ action: 'reset' }, { onSuccess: () => setResetDone(true) });
              }}
            >
              {t('reset')}
            </button>
            <span role="status" data-testid="trainer-reset-status">
              {resetDone && !state.data.activeScenarioId ? t('resetDone') : ''}
            </span>
          </section>
          <LspLogTable state={state.data} />
          <InboxList state={state.data} />
        </>
      )}
    </section>
  );
}
