import { useEffect, useId, useState, type InputHTMLAttributes } from 'react';
import { useFeatureMessages } from '../i18n/I18nContext';
import { displayValue, localValue, parseDateTime, stepValue } from './dateTimeInput';
import { componentMessages } from './messages';

/**
 * A date/time field in Dutch form (`dd-mm-jjjj uu:mm`) that takes one or two keystrokes: `n` is
 * now, a time alone keeps the day, ↑/↓ move five minutes (with Shift an hour). The value is the
 * `datetime-local` form, so the draft does not change shape.
 */
export function DateTimeField({
  id,
  value,
  onChange,
  ...rest
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'type'>) {
  const t = useFeatureMessages(componentMessages);
  const hintId = useId();
  const [text, setText] = useState(displayValue(value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setText(displayValue(value));
  }, [value, focused]);

  const commit = (next: string) => {
    setText(displayValue(next));
    onChange(next);
  };
  return (
    <>
      <input
        {...rest}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        className={`num datetime-field ${rest.className ?? ''}`}
        value={text}
        aria-describedby={[rest['aria-describedby'], hintId].filter(Boolean).join(' ')}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setText(displayValue(value));
        }}
        onChange={(e) => {
          const raw = e.target.value;
          if (raw.trim().toLowerCase() === 'n') return commit(localValue(new Date()));
          setText(raw);
          const parsed = parseDateTime(raw, value);
          if (parsed) onChange(parsed);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          const step = (e.shiftKey ? 60 : 5) * (e.key === 'ArrowUp' ? 1 : -1);
          const next = stepValue(value, step);
          if (next) {
            e.preventDefault();
            commit(next);
          }
        }}
      />
      <span id={hintId} className="muted datetime-field__hint">
        {t('datetime.hint')}
      </span>
    </>
  );
}
