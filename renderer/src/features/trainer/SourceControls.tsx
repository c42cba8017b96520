import { useEffect, useState } from 'react';
import { receiverModes, sourceFailures, type DemoState } from '../../../../shared/api/demoSchemas';
import { formatBsn } from '../../../../shared/domain/identifiers';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { trainerMessages } from './messages';
import { activeScenario, useDemoControl } from './trainerQueries';
import { Icon } from '../../components/Icon';

type Source = DemoState['sources'][number];

/** Latency is applied when the field is left or Enter is pressed, not on every keystroke. */
function LatencyField({ source, label }: { source: Source; label: string }) {
  const control = useDemoControl();
  const [value, setValue] = useState(String(source.latencyMs));
  useEffect(() => setValue(String(source.latencyMs)), [source.latencyMs]);
  const commit = () => {
    const ms = Number.parseInt(value, 10);
    if (Number.isInteger(ms) && ms >= 0 && ms <= 120_000 && ms !== source.latencyMs)
      control.mutate({ action: 'setSource', sourceId: source.id, latencyMs: ms });
    else setValue(String(source.latencyMs));
  };
  return (
    <input
      type="number"
      min={0}
      max={120000}
      step={100}
      inputMode="numeric"
      className="trainer__number"
      aria-label={label}
      data-testid={`trainer-latency-${source.id}`}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}

/**
 * Per source: latency, failure (none, error, timeout); per GP practice: the locum-report receiver;
 * under it the faults the synthetic cases give this source for one patient only, so the table
 * never says "none" while a scenario's patient is failed at this source. One card per source with
 * visible labels: it fits the 600 px docked panel without sideways scrolling.
 */
export function SourceControls({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  const control = useDemoControl();
  const activeBsn = activeScenario(state)?.bsn ?? null;
  return (
    <section className="trainer__section" aria-labelledby="trainer-sources">
      <h3 id="trainer-sources">{t('sources')}</h3>
      <ul className="trainer__sources">
        {state.sources.map((s) => (
          <li key={s.id} className="trainer__source" data-testid={`trainer-source-${s.id}`}>
            <p className="trainer__source-name">
              <strong>{s.name}</strong>
              <span className="muted">
                {' '}
                · URA {s.ura} · {s.region}
              </span>
            </p>
            <div className="trainer__source-controls">
              <label className="trainer__field">
                <span>{t('latency')}</span>
                <LatencyField source={s} label={t('latencyFor', { source: s.name })} />
                <span className="muted">{t('ms')}</span>
              </label>
              <label className="trainer__field">
                <span>{t('failure')}</span>
                <select
                  aria-label={t('failureFor', { source: s.name })}
                  data-testid={`trainer-failure-${s.id}`}
                  value={s.failure}
                  onChange={(event) =>
                    control.mutate({
                      action: 'setSource',
                      sourceId: s.id,
                      failure: event.target.value as (typeof sourceFailures)[number],
                    })
                  }
                >
                  {sourceFailures.map((f) => (
                    <option key={f} value={f}>
                      {t(`failure.${f}`)}
                    </option>
                  ))}
                </select>
              </label>
              {s.receiver && (
                <label className="trainer__field">
                  <span>{t('receiver')}</span>
                  <select
                    aria-label={t('receiverFor', { source: s.name })}
                    data-testid={`trainer-receiver-${s.id}`}
                    value={s.receiver}
                    onChange={(event) =>
                      control.mutate({
                        action: 'setReceiver',
                        sourceId: s.id,
                        mode: event.target.value as (typeof receiverModes)[number],
                      })
                    }
                  >
                    {receiverModes.map((m) => (
                      <option key={m} value={m}>
                        {t(`receiver.${m}`)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            {s.patientFaults.length > 0 && (
              <ul className="trainer__patient-faults" aria-label={t('patientFaultCase')}>
                {s.patientFaults.map((f) => (
                  <li
                    key={f.bsn}
                    data-testid={`trainer-patient-fault-${s.id}`}
                    data-bsn={f.bsn}
                    data-failure={f.failure}
                    data-active={f.bsn === activeBsn ? 'true' : undefined}
                    className={f.bsn === activeBsn ? 'trainer__patient-fault--active' : undefined}
                  >
                    <Icon name="warning" />
                    {t('patientFault', {
                      bsn: formatBsn(f.bsn),
                      patient: f.patient,
                      failure: t(`failure.${f.failure}`),
                    })}
                    <span className="muted">
                      {' '}
                      ({t('patientFaultCase')}
                      {f.bsn === activeBsn ? ` · ${t('patientFaultThisScenario')}` : ''})
                    </span>
                    {s.failure !== 'none' && (
                      <span className="trainer__log-line muted">{t('patientFaultMasked')}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
