/**
 * What the acting person wants: read the professional summary (waarneemsamenvatting), the
 * medication dispense list, contra-indications and intolerances (ICA), or send the locum
 * report (waarneembericht) to the patient's own GP.
 */
export const dataCategories = ['summary', 'medication', 'ica', 'locum-report'] as const;
export type DataCategory = (typeof dataCategories)[number];
