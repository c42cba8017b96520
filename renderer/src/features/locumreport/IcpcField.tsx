import { useFeatureMessages } from '../../i18n/I18nContext';
import { FieldProblem, invalidProps } from './FieldProblem';
import type { ComposerPartProps } from './fieldProps';
import { IcpcPicker } from './IcpcPicker';
import { reportMessages } from './messages';
import { problemIdOf } from './validation';

/** The contact's ICPC codes: chosen through the search, each removable. */
export function IcpcField({ draft, update, problems }: ComposerPartProps) {
  const t = useFeatureMessages(reportMessages);
  const invalid = invalidProps('icpc', problems);
  return (
    <fieldset className="report__fieldset">
      <legend>{t('icpc.legend')}</legend>
      {draft.icpc.length > 0 && (
        <ul
          className="report__chips"
          aria-label={t('icpc.chosen')}
          data-testid="report-icpc-chosen"
        >
          {draft.icpc.map((code) => (
            <li key={code.code} className="chip report__chip" data-code={code.code}>
              <span className="num">{code.code}</span> {code.display}
              <button
                type="button"
                className="report__chip-remove"
                aria-label={t('icpc.remove', { code: code.code })}
                onClick={() =>
                  update((d) => ({ ...d, icpc: d.icpc.filter((c) => c.code !== code.code) }))
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <IcpcPicker
        id="report-icpc"
        label={t('icpc.search')}
        invalid={Boolean(invalid['aria-invalid'])}
        describedBy={invalid['aria-invalid'] ? problemIdOf('icpc') : undefined}
        onPick={(code) =>
          update((d) =>
            d.icpc.some((c) => c.code === code.code) || d.icpc.length >= 20
              ? d
              : { ...d, icpc: [...d.icpc, { code: code.code, display: code.title }] },
          )
        }
      />
      <FieldProblem target="icpc" problems={problems} />
    </fieldset>
  );
}
