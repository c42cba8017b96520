import type { Contact } from '../../../../shared/domain/clinical/summary';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { formatDateTime } from '../../components/format';
import { Provenance } from './Provenance';
import { summaryMessages } from './messages';

const FOUR_MONTHS_DAYS = 122;

/** Contacts of the last four months, newest first, with their S/O/E/P lines as a readable journal. */
export function Journal({ contacts, today }: { contacts: Contact[]; today: Date }) {
  const t = useFeatureMessages(summaryMessages);
  const cutoff = new Date(today.getTime() - FOUR_MONTHS_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const sorted = [...contacts].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
  const recent = sorted.filter((c) => !c.start || c.start.slice(0, 10) >= cutoff);
  const older = sorted.length - recent.length;
  return (
    <section
      className="summary__part"
      aria-labelledby="summary-journal"
      data-testid="summary-journal"
    >
      <h3 id="summary-journal">{t('journal.title')}</h3>
      {recent.length === 0 && <p className="muted">{t('journal.none')}</p>}
      <ol className="journal">
        {recent.map((c, i) => (
          <li key={c.id ?? i} className="journal__contact">
            <p className="journal__head">
              <time className="num" dateTime={c.start ?? undefined}>
                {formatDateTime(c.start) ?? t('unknownDate')}
              </time>
              {c.type?.display && <span>{c.type.display}</span>}
              {c.icpc.map((code) => (
                <span key={code.code} className="code num" title={code.display ?? undefined}>
                  {code.code}
                  {code.display ? ` ${code.display}` : ''}
                </span>
              ))}
              {c.provenance.author?.name && (
                <span className="muted">{c.provenance.author.name}</span>
              )}
              <Provenance provenance={c.provenance} date={c.start} />
            </p>
            <dl className="soep">
              {c.lines.map((line, j) => (
                <div key={j} className={`soep__line soep__line--${line.type}`}>
                  <dt>{line.type}</dt>
                  <dd>{line.text}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
      {older > 0 && <p className="muted">{t('journal.older', { n: String(older) })}</p>}
    </section>
  );
}
