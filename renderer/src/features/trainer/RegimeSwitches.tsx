import type { DemoState } from '../../../../shared/api/demoSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { trainerMessages } from './messages';
import { useDemoControl } from './trainerQueries';

/** The crisis regime and the region regime, as two checkboxes. */
export function RegimeSwitches({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  const control = useDemoControl();
  return (
    <fieldset className="trainer__section">
      <legend>{t('regimes')}</legend>
      <label className="trainer__check">
        <input
          type="checkbox"
          data-testid="trainer-crisis"
          checked={state.scenario.crisisRegime}
          onChange={(event) =>
            control.mutate({ action: 'setRegimes', crisisRegime: event.target.checked })
          }
        />
        {t('crisis')}
      </label>
      <label className="trainer__check">
        <input
          type="checkbox"
          data-testid="trainer-regions"
          checked={state.scenario.regions}
          onChange={(event) =>
            control.mutate({ action: 'setRegimes', regions: event.target.checked })
          }
        />
        {t('regions')}
      </label>
    </fieldset>
  );
}
