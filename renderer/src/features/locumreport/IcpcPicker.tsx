import { useState, type KeyboardEvent } from 'react';
import type { IcpcCode } from '../../../../shared/domain/icpc/icpc';
import { ApiFailure } from '../../api/client';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { reportMessages } from './messages';
import { useIcpcSearch } from './queries';

/**
 * An ICPC search as an ARIA combobox: type a code or words, arrow keys move through the list,
 * Enter picks (the first result when none is highlighted), Escape closes.
 */
export function IcpcPicker({
  id,
  label,
  onPick,
  invalid = false,
  describedBy,
}: {
  id: string;
  label: string;
  onPick: (code: IcpcCode) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useFeatureMessages(reportMessages);
  const { t: tg } = useI18n();
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const search = useIcpcSearch(text);
  const results = text.trim() && search.data ? search.data : [];
  const expanded = open && results.length > 0;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (code: IcpcCode) => {
    onPick(code);
    setText('');
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active >= 0 ? active : 0];
      if (chosen && !search.isPlaceholderData) pick(chosen);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const failure =
    search.error instanceof ApiFailure ? errorText(tg, search.error.code) : search.error?.message;
  return (
    <div className="icpc-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        value={text}
        maxLength={60}
        onChange={(e) => {
          setText(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        data-testid={`${id}-input`}
      />
      <p id={hintId} className="muted report__hint">
        {t('icpc.hint')}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t('icpc.list')}
        className="icpc-picker__list"
        hidden={!expanded}
      >
        {expanded &&
          results.map((code, i) => (
            <li
              key={code.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="icpc-picker__option"
              data-code={code.code}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(code)}
            >
              <span className="num icpc-picker__code">{code.code}</span> {code.title}
            </li>
          ))}
      </ul>
      <p role="status" className="visually-hidden">
        {open && text.trim() && search.isSuccess && !search.isPlaceholderData
          ? results.length > 0
            ? t('icpc.results', { n: String(results.length) })
            : t('icpc.none', { q: text.trim() })
          : ''}
      </p>
      {open && text.trim() && search.isSuccess && results.length === 0 && (
        <p className="muted">{t('icpc.none', { q: text.trim() })}</p>
      )}
      {search.isError && (
        <p role="alert" className="field-error">
          {t('icpc.failed', { text: failure ?? '' })}
        </p>
      )}
    </div>
  );
}
