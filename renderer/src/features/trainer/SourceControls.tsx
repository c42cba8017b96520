import { useEffect, useState } from 'react';
import { receiverModes, sourceFailures, type DemoState } from '../../../../shared/api/demoSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { trainerMessages } from './messages';
import { useDemoControl } from './trainerQueries';

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

/** Per source: latency, failure (none, error, timeout); per GP practice: the locum-report receiver. */
export function SourceControls({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  const control = useDemoControl();
  return (
    <section className="trainer__section" aria-labelledby="trainer-sources">
      <h3 id="trainer-sources">{t('sources')}</h3>
      <table className="table trainer__table">
        <thead>
          <tr>
            <th scope="col">{t('col.source')}</th>
            <th scope="col">{t('col.region')}</th>
            <th scope="col">{t('col.latency')}</th>
            <th scope="col">{t('col.failure')}</th>
            <th scope="col">{t('col.receiver')}</th>
          </tr>
        </thead>
        <tbody>
          {state.sources.map((s) => (
            <tr key={s.id} data-testid={`trainer-source-${s.id}`}>
              <th scope="row">
                {s.name}
                <span className="muted"> · URA {s.ura}</span>
              </th>
              <td>{s.region}</td>
              <td>
                <LatencyField source={s} label={t('latencyFor', { source: s.name })} />
              </td>
              <td>
                <select
                  aria-label={t('failureFor', { source: s.name })}
                  data-testid={`trainer-failure-${s.id}`}
                  value={s.failure}
                  disabled={control.isPending}
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
              </td>
              <td>
                {s.receiver && (
                  <select
                    aria-label={t('receiverFor', { source: s.name })}
                    data-testid={`trainer-receiver-${s.id}`}
                    value={s.receiver}
                    disabled={control.isPending}
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
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
