/** Why an access is allowed: the legal basis, recorded in the access log. */
export const legalBases = ['explicit-consent', 'verbal-consent', 'unable-to-express'] as const;
export type LegalBasis = (typeof legalBases)[number];

/** Why an access is refused. Stable codes: other code, logs and the CLI depend on them. */
export const refusalReasons = [
  'objection',
  'pass-without-lsp-access',
  'server-certificate',
  'mandate-without-overseer',
  'overseer-not-authorised',
  'role-not-authorised',
  'setting-not-authorised',
  'regime-not-active',
  'outside-region',
  'verbal-refused',
  'verbal-not-asked',
  'no-consent',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

interface Text {
  nl: string;
  en: string;
}

/** One-reading explanations for the clinician, per basis. */
export const legalBasisText: Record<LegalBasis, Text> = {
  'explicit-consent': {
    nl: 'De patiënt heeft toestemming gegeven om deze gegevens beschikbaar te stellen.',
    en: 'The patient has consented to making these data available.',
  },
  'verbal-consent': {
    nl: 'Crisisregeling: de patiënt heeft u nu mondeling toestemming gegeven.',
    en: 'Crisis regime: the patient has just given you verbal consent.',
  },
  'unable-to-express': {
    nl: 'Crisisregeling: de patiënt kan zijn wil niet uiten en heeft nooit bezwaar gemaakt.',
    en: 'Crisis regime: the patient cannot express a will and has never objected.',
  },
};

/** One-reading explanations for the clinician, per refusal reason. */
export const refusalReasonText: Record<RefusalReason, Text> = {
  objection: {
    nl: 'De patiënt heeft bezwaar gemaakt tegen het delen van deze gegevens. Dat bezwaar geldt altijd, ook in een noodsituatie.',
    en: 'The patient has objected to sharing these data. The objection always stands, even in an emergency.',
  },
  'pass-without-lsp-access': {
    nl: 'Met een medewerkerpas niet op naam kunt u het LSP niet raadplegen. Log in met een pas op naam.',
    en: 'An unnamed employee pass gives no access to the LSP. Sign in with a named pass.',
  },
  'server-certificate': {
    nl: 'Een servercertificaat identificeert een systeem, geen persoon. Een raadpleging vraagt een persoonlijke UZI-pas.',
    en: 'A server certificate identifies a system, not a person. A query needs a personal UZI pass.',
  },
  'mandate-without-overseer': {
    nl: 'U werkt onder verantwoordelijkheid van een arts, maar er is geen verantwoordelijke arts gekozen.',
    en: 'You work under a physician’s responsibility, but no responsible physician has been chosen.',
  },
  'overseer-not-authorised': {
    nl: 'De verantwoordelijke zorgverlener mag deze gegevens zelf niet inzien, dus u ook niet namens hem.',
    en: 'The responsible professional may not see these data, so neither may you on their behalf.',
  },
  'role-not-authorised': {
    nl: 'Uw rol geeft geen toegang tot deze gegevens via het LSP.',
    en: 'Your role gives no access to these data through the LSP.',
  },
  'setting-not-authorised': {
    nl: 'Uw rol geeft wel toegang, maar niet vanuit deze werkplek (huisartsenpost, SEH, praktijk of apotheek).',
    en: 'Your role gives access, but not from this workplace (GP post, emergency department, practice or pharmacy).',
  },
  'regime-not-active': {
    nl: 'Deze gegevens zijn voor u alleen beschikbaar onder de crisisregeling, en die is nu niet van kracht.',
    en: 'These data are available to you only under the crisis regime, which is not in force now.',
  },
  'outside-region': {
    nl: 'De bron ligt buiten uw LSP-regio; onder de regionale regeling kunt u deze gegevens niet opvragen.',
    en: 'The source lies outside your LSP region; under the regional regime you cannot request these data.',
  },
  'verbal-refused': {
    nl: 'De patiënt heeft nu mondeling geweigerd. Raadpleeg de gegevens niet.',
    en: 'The patient has just refused verbally. Do not consult the data.',
  },
  'verbal-not-asked': {
    nl: 'Crisisregeling: vraag de patiënt eerst mondeling om toestemming en leg het antwoord vast.',
    en: 'Crisis regime: first ask the patient for verbal consent and record the answer.',
  },
  'no-consent': {
    nl: 'Er is geen toestemming vastgelegd bij deze bron. Zonder toestemming zijn de gegevens niet beschikbaar, ook niet in een noodsituatie.',
    en: 'No consent is recorded at this source. Without consent the data are not available, not even in an emergency.',
  },
};
