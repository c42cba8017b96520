import { useCallback } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { labelOf, type CodeKind } from './labels';

/** `label(kind, code)` in the current language (see labels.ts). */
export function useCodeLabel() {
  const { language } = useI18n();
  return useCallback((kind: CodeKind, code: string) => labelOf(kind, code, language), [language]);
}

/**
 * A code shown as plain words, with the machine code kept for the privacy officer: in the
 * `title` (shown on hover) and in `data-code`. The text itself is what is read out to a patient.
 */
export function CodeLabel({ kind, code }: { kind: CodeKind; code: string }) {
  const label = useCodeLabel();
  return (
    <span title={code} data-code={code}>
      {label(kind, code)}
    </span>
  );
}
