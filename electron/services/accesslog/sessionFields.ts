import type { Session } from '../../../shared/api/schemas';
import type { AccessEventInput } from '../../../shared/domain/accessEvent';

/** The fields of an access event that follow from who is signed in. */
export type SessionFields = Pick<
  AccessEventInput,
  | 'actorUzi'
  | 'actorName'
  | 'actorRole'
  | 'responsibleUzi'
  | 'responsibleName'
  | 'responsibleRole'
  | 'organisationUra'
  | 'organisationName'
  | 'setting'
  | 'demo'
>;

/**
 * Who acts, on whose responsibility, where. A professional acting alone is their own responsible
 * person; a mandated triagist acts under the overseer (domain.md §2, §7).
 */
export function sessionFields(session: Session): SessionFields {
  const responsible = session.overseer ?? session.person;
  return {
    actorUzi: session.person.uziNumber,
    actorName: session.person.name,
    actorRole: session.person.roleCode,
    responsibleUzi: responsible.uziNumber,
    responsibleName: responsible.name,
    responsibleRole: responsible.roleCode,
    organisationUra: session.organisation.ura,
    organisationName: session.organisation.name,
    setting: session.setting,
    demo: session.demo,
  };
}

/** An event with every optional detail empty: callers spread it and set what applies. */
export const emptyDetails = {
  patientBsn: null,
  dataCategory: null,
  legalBasis: null,
  consentBasis: null,
  consentAskedBy: null,
  emergency: false,
  reasonCode: null,
  sources: [],
  correlationId: null,
  messageId: null,
} satisfies Partial<AccessEventInput>;

/** The fields of an event the installation does by itself (retention, a CLI export): nobody acts. */
export const systemFields = (demo: boolean): SessionFields => ({
  actorUzi: null,
  actorName: null,
  actorRole: null,
  responsibleUzi: null,
  responsibleName: null,
  responsibleRole: null,
  organisationUra: null,
  organisationName: null,
  setting: null,
  demo,
});
