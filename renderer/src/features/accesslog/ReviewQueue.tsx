import { useState } from 'react';
import type { ReviewItem } from '../../../../shared/api/schemas';
import type { ReviewStatus } from '../../../../shared/domain/accessEvent';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';
import { useReviewQueue, useReviewUpdate } from './queries';
import { EntryTable } from './EntryTable';
import { formatWhen } from './period';

const statuses: ReviewStatus[] = ['new', 'investigating', 'closed'];

/** The privacy officer's queue: verbal consent, unable to express will, refusals, emergencies. */
export function ReviewQueue() {
  const t = useFeatureMessages(accessLogMessages);
  const [status, setStatus] = useState<ReviewStatus | ''>('new');
  const queue = useReviewQueue(status ? { status } : {});
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-label={t('tab.review')}>
      <label>
        {t('filter.status')}{' '}
        <select
          className="input"
          value={status}
          onChange={(e) => setStatus(e.target.value as ReviewStatus | '')}
        >
          <option value="">{t('filter.any')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`review.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {queue.data && items.length === 0 && <p className="muted">{t('empty')}</p>}
      <ul className="accesslog__review" data-testid="accesslog-review">
        {items.map((item) => (
          <ReviewRow key={item.entry.id} item={item} />
        ))}
      </ul>
      {queue.hasNextPage && (
        <button type="button" className="button" onClick={() => void queue.fetchNextPage()}>
          {t('more')}
        </button>
      )}
    </section>
  );
}

function ReviewRow({ item }: { item: ReviewItem }) {
  const t = useFeatureMessages(accessLogMessages);
  const update = useReviewUpdate();
  const [status, setStatus] = useState<ReviewStatus>(item.status);
  const [note, setNote] = useState('');
  return (
    <li className="card">
      <EntryTable entries={[item.entry]} showPatient />
      {item.notes.map((n, i) => (
        <p key={i} className="muted">
          {formatWhen(n.time)} · {n.authorName} · {t(`review.status.${n.status}`)}: {n.note}
        </p>
      ))}
      <form
        className="accesslog__filters"
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ entryId: item.entry.id, status, note }, { onSuccess: () => setNote('') });
        }}
      >
        <label>
          {t('review.status')}
          <select
            className="input"
            value={status}
            onChange={(e) => setStatus(e.target.value as ReviewStatus)}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`review.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.note')}
          <input
            className="input"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <button type="submit" className="button" disabled={update.isPending}>
          {t('review.save')}
        </button>
      </form>
    </li>
  );
}
