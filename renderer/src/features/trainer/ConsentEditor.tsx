import { useRef, useState } from 'react';
import type { DemoState } from '../../../../shared/api/demoSchemas';
import { formatBsn } from '../../../../shared/domain/identifiers';
import { consentStates, type ConsentState } from '../../../../shared/domain/consent';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { trainerMessages } from './messages';
import { activeScenario, useDemoBusy, useDemoControl } from './trainerQueries';

/**
 * The consent the simulated LSP holds for one synthetic patient, per source (GP practice, each
 * pharmacy): given, objection or no choice recorded. The LSP records it per source, not per data
 * category. A change goes to the simulator through demoControl `setConsent`; the clinician's
 * screen shows it when the patient is opened (again). "Back to the case" drops the overrides.
 */
export function ConsentEditor({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  const control = useDemoControl();
  const busy = useDemoBusy();
  const activeBsn = activeScenario(state)?.bsn;
  const [picked, setPicked] = useState(
    state.patients.find((p) => p.bsn === activeBsn)?.bsn ?? state.patients[0]?.bsn ?? '',
  );
  // A scenario just applied brings its patient into the editor (only when the scenario changes:
  // a refreshed state after each change must not take the trainer's own pick away).
  const [seenActive, setSeenActive] = useState(activeBsn);
  if (activeBsn !== seenActive) {
    setSeenActive(activeBsn);
    if (activeBsn && state.patients.some((p) => p.bsn === activeBsn)) setPicked(activeBsn);
  }
  const patient = state.patients.find((p) => p.bsn === picked);
  const overridden = new Set(
    state.consentOverrides.filter((o) => o.bsn === picked).map((o) => o.sourceId),
  );
  const changed = (sourceId: string) => overridden.has(sourceId);
  const anyChanged = patient?.consent.some((c) => changed(c.sourceId)) ?? false;
  const [touched, setTouched] = useState(false);
  const patientRef = useRef<HTMLSelectElement>(null);
  const set = (sourceId: string, value: ConsentState | null) =>
    control.mutateAsync({ action: 'setConsent', bsn: picked, sourceId, state: value });
  const change = (sourceId: string, value: ConsentState | null) => {
    setTouched(true);
    void set(sourceId, value).catch(() => undefined); // the panel shows the failure (useDemoControlError)
  };
  // One after the other: each answer is the whole new state, the last one holds every reset.
  const backToCase = async () => {
    setTouched(true);
    for (const c of patient?.consent ?? []) if (changed(c.sourceId)) await set(c.sourceId, null);
  };
  return (
    <section className="trainer__section" aria-labelledby="trainer-consent">
      <h3 id="trainer-consent">{t('consent')}</h3>
      <p className="muted">{t('consentIntro')}</p>
      <div className="trainer__row">
        <label htmlFor="trainer-consent-patient">{t('consentPatient')}</label>
        <select
          id="trainer-consent-patient"
          ref={patientRef}
          data-testid="trainer-consent-patient"
          value={picked}
          onChange={(event) => {
            setPicked(event.target.value);
            setTouched(false);
          }}
        >
          {state.patients.map((p) => (
            <option key={p.bsn} value={p.bsn}>
              {p.name} · {formatBsn(p.bsn)}
            </option>
          ))}
        </select>
      </div>
      {patient && patient.consent.length === 0 && (
        <p className="muted" data-testid="trainer-consent-none">
          {t('consentNoSources')}
        </p>
      )}
      {patient && patient.consent.length > 0 && (
        <>
          <ul className="trainer__consent" data-testid="trainer-consent-sources">
            {patient.consent.map((c) => (
              <li
                key={c.sourceId}
                data-testid={`trainer-consent-${c.sourceId}`}
                data-state={c.state}
                data-changed={changed(c.sourceId) ? 'true' : 'false'}
              >
                <label className="trainer__field">
                  <span>{c.sourceName}</span>
                  <select
                    aria-label={t('consentFor', { source: c.sourceName })}
                    data-testid={`trainer-consent-select-${c.sourceId}`}
                    value={c.state}
                    onChange={(event) => {
                      const next = event.target.value as ConsentState;
                      change(c.sourceId, next === c.caseState ? null : next);
                    }}
                  >
                    {consentStates.map((s) => (
                      <option key={s} value={s}>
                        {t(`consent.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <span className="muted trainer__consent-case">
                  {changed(c.sourceId) && `${t('consentChanged')} · `}
                  {t('consentCase', { state: t(`consent.${c.caseState}`) })}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">{t('consentPerSource')}</p>
          <div className="trainer__row">
            {anyChanged && (
              <button
                type="button"
                className="button"
                data-testid="trainer-consent-back"
                aria-disabled={busy}
                onClick={() => {
                  if (busy) return;
                  void backToCase()
                    .catch(() => undefined)
                    // The button goes with the last override: the focus goes to the patient choice.
                    .finally(() => patientRef.current?.focus());
                }}
              >
                {t('consentBack')}
              </button>
            )}
            <span role="status" data-testid="trainer-consent-status">
              {touched ? t('consentReopen') : ''}
            </span>
          </div>
        </>
      )}
    </section>
  );
}
