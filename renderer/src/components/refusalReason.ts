/**
 * The policy's refusal reasons in the clinician's words, from the domain catalogue
 * (shared/domain/authorisation). A reason the catalogue does not know is shown as received.
 */
import {
  refusalReasonText,
  refusalReasons,
  type RefusalReason,
} from '../../../shared/domain/authorisation';

type Language = 'nl' | 'en';

/** Whether the domain catalogue knows this refusal reason. */
export const isRefusalReason = (reason: string): reason is RefusalReason =>
  (refusalReasons as readonly string[]).includes(reason);

export function refusalText(reason: string | null | undefined, language: Language): string {
  if (!reason) return '';
  return isRefusalReason(reason) ? refusalReasonText[reason][language] : reason;
}
