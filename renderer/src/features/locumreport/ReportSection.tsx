import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PatientContext } from '../../../../shared/api/patientSchemas';
import { reportProblems } from '../../../../shared/domain/clinical/locumReportValidation';
import { useAppInfo } from '../../api/queries';
import { useApi } from '../../api/ApiContext';
import { ApiFailure } from '../../api/client';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { focusTarget } from '../../components/shortcuts';
import { composeReport, emptyDraft, toLocalInput, toReportDraft, type DraftState } from './draft';
import { reportMessages } from './messages';
import { PrintCopy } from './PrintCopy';
import { ProblemSummary } from './ProblemSummary';
import { ReportComposer } from './ReportComposer';
import { ReportPreview } from './ReportPreview';
import { SendOutcome } from './SendOutcome';
import { useSendReport } from './queries';
import { problemsByTarget } from './validation';
import './locumreport.css';
import { Icon } from '../../components/Icon';

type View = 'edit' | 'preview';
const CLOCK_MS = 30_000;

/**
 * The locum report for the open patient: compose → preview → send, at the end of the patient
 * screen ("what I did"). The draft lives in this component's state only; one draftId per draft,
 * so a double click or a repeated click after a failure is still one report.
 */
export function ReportSection({
  context,
  newDraftId = () => crypto.randomUUID(),
}: {
  context: PatientContext;
  newDraftId?: () => string;
}) {
  const t = useFeatureMessages(reportMessages);
  const { t: tg } = useI18n();
  const session = useAppInfo().data?.session ?? null;
  const [draft, setDraft] = useState<DraftState>(() => emptyDraft(context.openedAt));
  const [draftId, setDraftId] = useState(newDraftId);
  const [view, setView] = useState<View>('edit');
  const [checked, setChecked] = useState(false);
  const sending = useRef(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  const send = useSendReport();
  const sent = send.data ?? null;

  const contractDraft = useMemo(() => toReportDraft(draft), [draft]);
  const report = useMemo(
    () => composeReport(contractDraft, context, session),
    [contractDraft, context, session],
  );
  const problems = useMemo(() => reportProblems(report), [report]);
  const shown = checked ? problemsByTarget(problems) : null;

  // The end of the contact is "now" until the clinician sets it.
  useEffect(() => {
    if (!draft.endFollowsClock || sent) return;
    const timer = window.setInterval(
      () => setDraft((d) => (d.endFollowsClock ? { ...d, end: toLocalInput(new Date()) } : d)),
      CLOCK_MS,
    );
    return () => window.clearInterval(timer);
  }, [draft.endFollowsClock, sent]);

  // An unsent draft is put aside (sealed, by the service) when this section goes away — the idle
  // lock, closing the patient — and taken back when the same patient is opened again.
  const api = useApi();
  const dirty = useRef(false);
  const latest = useRef({ draft, draftId, sent: false });
  latest.current = { draft, draftId, sent: sent !== null };
  const bsn = context.bsn;
  useEffect(() => {
    let live = true;
    void api.locumDraftResume({ bsn }).then((result) => {
      if (!live || !result.ok || !result.value || dirty.current) return;
      setDraft(JSON.parse(result.value.state) as DraftState);
      setDraftId(result.value.draftId);
      dirty.current = true;
    });
    return () => {
      live = false;
      const last = latest.current;
      if (dirty.current && !last.sent)
        void api.locumDraftPark({
          bsn,
          draftId: last.draftId,
          state: JSON.stringify(last.draft),
        });
    };
  }, [api, bsn]);

  const update = useCallback((change: (d: DraftState) => DraftState) => {
    dirty.current = true;
    setDraft(change);
  }, []);

  const preview = () => {
    const fresh = draft.endFollowsClock ? { ...draft, end: toLocalInput(new Date()) } : draft;
    setDraft(fresh);
    setChecked(true);
    const now = reportProblems(composeReport(toReportDraft(fresh), context, session));
    if (now.length > 0) {
      window.setTimeout(() => problemsRef.current?.focus(), 0);
      return;
    }
    setView('preview');
    window.setTimeout(() => focusTarget('report-preview-title'), 0);
  };

  const submit = () => {
    // Guard against a second click before React re-renders the disabled button.
    if (sending.current || sent || problems.length > 0) return;
    sending.current = true;
    send.mutate(
      { bsn: context.bsn, draftId, draft: contractDraft },
      { onSettled: () => (sending.current = false) },
    );
  };

  const startNew = () => {
    dirty.current = false;
    setDraft(emptyDraft(context.openedAt));
    setDraftId(newDraftId());
    setView('edit');
    setChecked(false);
    send.reset();
    window.setTimeout(() => focusTarget('report-contact-type'), 0);
  };

  const failure =
    send.error instanceof ApiFailure ? errorText(tg, send.error.code) : send.error?.message;
  const gp = context.ownGp?.name ?? null;
  return (
    <section
      className="card section report"
      aria-labelledby="section-report"
      data-testid="report-section"
      data-view={sent ? 'sent' : view}
    >
      <h2 id="section-report" tabIndex={-1}>
        {t('title')}
      </h2>
      <p className="muted">{gp ? t('intro', { gp }) : t('intro.noGp')}</p>
      {view === 'edit' && (
        <>
          {shown && problems.length > 0 && <ProblemSummary ref={problemsRef} problems={problems} />}
          <ReportComposer draft={draft} update={update} problems={shown} />
          <div className="report__actions">
            <button type="button" className="button button--primary" onClick={preview}>
              {t('action.preview')}
            </button>
          </div>
        </>
      )}
      {view === 'preview' && (
        <div className="report__preview-wrap">
          <h3 id="report-preview-title" tabIndex={-1} className="report__preview-title">
            {t('preview.title')}
          </h3>
          <ReportPreview report={report} headingId="report-preview-heading" />
          {send.isError && (
            <p role="alert" className="notice notice--degraded" data-testid="report-send-failed">
              <Icon name="warning" />
              {t('outcome.failed', { text: failure ?? '' })}
            </p>
          )}
          {sent && <SendOutcome sent={sent} />}
          <div className="report__actions">
            {!sent && (
              <>
                <button
                  type="button"
                  className="button"
                  onClick={() => setView('edit')}
                  disabled={send.isPending}
                >
                  {t('action.edit')}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={submit}
                  disabled={send.isPending}
                  aria-busy={send.isPending}
                  data-testid="report-send"
                >
                  {send.isPending ? t('action.sending') : t('action.send')}
                </button>
              </>
            )}
            {sent && (
              <>
                <button type="button" className="button" onClick={startNew}>
                  {t('action.new')}
                </button>
                <PrintCopy sent={sent} report={report} />
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
