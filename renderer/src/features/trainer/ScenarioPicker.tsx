import { useState } from 'react';
import type { DemoState } from '../../../../shared/api/demoSchemas';
import { formatBsn } from '../../../../shared/domain/identifiers';
import { useAppInfo } from '../../api/queries';
import { useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { trainerMessages } from './messages';
import { activeScenario, useDemoBusy, useDemoControl } from './trainerQueries';

/** Pick a scenario, apply its switches, and see what it teaches and which BSN to type. */
export function ScenarioPicker({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  const { language } = useI18n();
  const identities = useAppInfo().data?.demoIdentities ?? [];
  const control = useDemoControl();
  const busy = useDemoBusy();
  const [picked, setPicked] = useState(state.activeScenarioId ?? state.scenarios[0]?.id ?? '');
  const active = activeScenario(state);
  const identity = active ? identities.find((i) => i.id === active.identityId) : undefined;
  return (
    <section className="trainer__section" aria-labelledby="trainer-scenario">
      <h3 id="trainer-scenario">{t('scenario')}</h3>
      <form
        className="trainer__row"
        onSubmit={(event) => {
          event.preventDefault();
          if (picked && !busy) control.mutate({ action: 'applyScenario', scenarioId: picked });
        }}
      >
        <label htmlFor="trainer-scenario-select">{t('scenarioPick')}</label>
        <select
          id="trainer-scenario-select"
          data-testid="trainer-scenario-select"
          value={picked}
          onChange={(event) => setPicked(event.target.value)}
        >
          {state.scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title[language]}
            </option>
          ))}
        </select>
        <button
          type="submit"
          className="button button--primary"
          data-testid="trainer-apply"
          aria-disabled={busy}
        >
          {t('apply')}
        </button>
      </form>
      {active && (
        <div
          className="trainer__goal"
          role="status"
          data-testid="trainer-active"
          data-scenario={active.id}
        >
          <p>
            <strong>{t('applied', { title: active.title[language] })}</strong>
          </p>
          <p>
            {t('teaches')}: <span data-testid="trainer-teaches">{active.teaches[language]}</span>
          </p>
          <dl className="trainer__facts">
            <dt>{t('bsnToType')}</dt>
            <dd data-testid="trainer-bsn" data-bsn={active.bsn}>
              {formatBsn(active.bsn)}
            </dd>
            <dt>{t('identity')}</dt>
            <dd data-testid="trainer-identity" data-identity-id={active.identityId}>
              {identity?.label[language] ?? active.identityId}
            </dd>
          </dl>
        </div>
      )}
    </section>
  );
}
