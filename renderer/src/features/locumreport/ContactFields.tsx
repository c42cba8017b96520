import { useFeatureMessages } from '../../i18n/I18nContext';
import { DateTimeField } from '../../components/DateTimeField';
import { contactTypes, type ContactTypeCode } from './draft';
import { FieldProblem, invalidProps } from './FieldProblem';
import type { ComposerPartProps } from './fieldProps';
import { reportMessages } from './messages';

/** Contact type (NHG table 14) and start/end, prefilled from when the patient was opened. */
export function ContactFields({ draft, update, problems }: ComposerPartProps) {
  const t = useFeatureMessages(reportMessages);
  return (
    <fieldset className="report__fieldset report__contact">
      <legend>{t('contact.legend')}</legend>
      <div className="report__field">
        <label htmlFor="report-contact-type">{t('contact.type')}</label>
        <select
          id="report-contact-type"
          value={draft.contactType}
          onChange={(e) =>
            update((d) => ({ ...d, contactType: e.target.value as ContactTypeCode | '' }))
          }
          {...invalidProps('contactType', problems)}
        >
          <option value="">{t('contact.choose')}</option>
          {contactTypes.map((c) => (
            <option key={c.code} value={c.code}>
              {t(`type.${c.code}`)}
            </option>
          ))}
        </select>
        <FieldProblem target="contactType" problems={problems} />
      </div>
      <div className="report__field">
        <label htmlFor="report-start">{t('contact.start')}</label>
        <DateTimeField
          id="report-start"
          value={draft.start}
          onChange={(start) => update((d) => ({ ...d, start }))}
          {...invalidProps('start', problems)}
        />
        <FieldProblem target="start" problems={problems} />
      </div>
      <div className="report__field">
        <label htmlFor="report-end">{t('contact.end')}</label>
        <DateTimeField
          id="report-end"
          value={draft.end}
          onChange={(end) => update((d) => ({ ...d, end, endFollowsClock: false }))}
          {...invalidProps('end', problems)}
        />
        <FieldProblem target="end" problems={problems} />
      </div>
    </fieldset>
  );
}
