import { useFeatureMessages } from '../../i18n/I18nContext';
import { ContactFields } from './ContactFields';
import { EpisodeProposal } from './EpisodeProposal';
import type { ComposerPartProps } from './fieldProps';
import { IcpcField } from './IcpcField';
import { MedicationGiven } from './MedicationGiven';
import { reportMessages } from './messages';
import { SoepFields } from './SoepFields';

/** The composer's fields, in the order the GP thinks: contact, SOEP, codes, episode, medication, notes. */
export function ReportComposer(props: ComposerPartProps) {
  const t = useFeatureMessages(reportMessages);
  const { draft, update } = props;
  return (
    <div className="report__composer" data-testid="report-composer">
      <ContactFields {...props} />
      <SoepFields {...props} />
      <IcpcField {...props} />
      <EpisodeProposal {...props} />
      <MedicationGiven {...props} />
      <div className="report__field">
        <label htmlFor="report-handover">{t('handOver')}</label>
        <textarea
          id="report-handover"
          rows={2}
          maxLength={4000}
          value={draft.handOverNote}
          onChange={(e) => update((d) => ({ ...d, handOverNote: e.target.value }))}
        />
      </div>
      <div className="report__field">
        <label htmlFor="report-followup">{t('followUp')}</label>
        <textarea
          id="report-followup"
          rows={2}
          maxLength={2000}
          value={draft.followUp}
          onChange={(e) => update((d) => ({ ...d, followUp: e.target.value }))}
        />
      </div>
    </div>
  );
}
