import { useFeatureMessages } from '../../i18n/I18nContext';
import { soepTypes } from './draft';
import { FieldProblem, invalidProps } from './FieldProblem';
import type { ComposerPartProps } from './fieldProps';
import { reportMessages } from './messages';

/** The journal as four lines, S, O, E and P, in the order the GP writes them. */
export function SoepFields({ draft, update, problems }: ComposerPartProps) {
  const t = useFeatureMessages(reportMessages);
  return (
    <fieldset className="report__fieldset">
      <legend>{t('soep.legend')}</legend>
      {soepTypes.map((type) => (
        <div key={type} className="report__field">
          <label htmlFor={`report-soep-${type}`}>{t(`soep.${type}`)}</label>
          <textarea
            id={`report-soep-${type}`}
            rows={type === 'O' ? 2 : 3}
            maxLength={4000}
            value={draft.soep[type]}
            onChange={(e) => update((d) => ({ ...d, soep: { ...d.soep, [type]: e.target.value } }))}
            {...invalidProps(type, problems)}
          />
          <FieldProblem target={type} problems={problems} />
        </div>
      ))}
    </fieldset>
  );
}
