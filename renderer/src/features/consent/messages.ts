const nl = {
  title: 'Toestemming per bron',
  intro: 'Wat bekend is over de toestemming, en wat u per bron mag opvragen.',
  'kind.gp': 'Huisartspraktijk',
  'kind.pharmacy': 'Apotheek',
  'state.consent': 'Toestemming gegeven',
  'state.objection': 'Bezwaar',
  'state.no-choice': 'Geen keuze vastgelegd',
  'state.unknown': 'Toestemming niet zichtbaar',
  'explain.objection':
    'De patiënt heeft bezwaar gemaakt tegen het beschikbaar stellen van gegevens. Inzage is niet mogelijk, ook niet in een spoedsituatie.',
  'explain.noChoiceNormal':
    'Er is geen keuze vastgelegd. In de normale regeling zijn de gegevens dan niet beschikbaar, ook niet in een spoedsituatie.',
  'explain.noChoiceCrisis':
    'Er is geen keuze vastgelegd. Onder de crisisregeling mag u de patiënt nu mondeling om toestemming vragen.',
  'explain.noChoiceCrisisOutside':
    'Er is geen keuze vastgelegd. De crisisregeling geldt alleen voor de waarneemsamenvatting van de huisarts: deze gegevens zijn niet beschikbaar, ook niet in een spoedsituatie.',
  'explain.noChoiceAsked':
    'Er is geen keuze vastgelegd. Het mondelinge antwoord hierboven geldt voor deze bron.',
  'explain.unknown': 'Schakel kan de toestemming van deze bron niet zien; het schakelpunt beslist.',
  'plain.summary': 'Toestemming gegeven, alles wordt opgevraagd: {names}',
  'regime.crisis':
    'Crisisregeling van kracht: bij geen vastgelegde keuze mag de waarneemsamenvatting van de huisarts na mondelinge toestemming worden ingezien.',
  'askAgain.button': 'Opnieuw vragen',
  'askAgain.saving': 'Vastleggen…',
  'askAgain.failed': 'Opnieuw vragen is niet vastgelegd: {text}',
  'category.summary': 'Waarneemsamenvatting',
  'category.medication': 'Medicatie',
  'category.ica': 'Contra-indicaties en intoleranties',
  'verdict.allowed': 'wordt opgevraagd',
  'verdict.refused': 'niet beschikbaar',
  'live.title': 'Bronnen via het schakelpunt',
  'live.body':
    'Schakel kent de bronnen van deze patiënt niet vooraf en ziet de toestemming niet: het schakelpunt vraagt de bronnen en beslist per bron. Een bron waar de patiënt bezwaar maakte of geen keuze vastlegde, ziet u als "geen gegevens van deze bron"; dat betekent niet dat de patiënt weigerde.',
  'none.title': 'Geen bronnen gevonden',
  'none.body':
    'Het schakelpunt kent voor deze patiënt geen bronnen. Dat kan betekenen: geen toestemming, niet aangemeld, of er zijn geen gegevens. Het betekent niet dat de patiënt weigerde.',
  'verbal.legend': 'Mondelinge toestemming (crisisregeling)',
  'verbal.about': 'Geldt voor: {sources}',
  'verbal.question':
    'Vraag de patiënt nu: “Mag ik voor deze behandeling uw gegevens bij uw huisarts inzien?”',
  'verbal.yes': 'Ja — de patiënt geeft toestemming',
  'verbal.no': 'Nee — de patiënt wil dit niet',
  'verbal.unable': 'De patiënt kan zijn of haar wil niet uiten',
  'verbal.reason': 'Reden (verplicht), bijvoorbeeld: niet aanspreekbaar',
  'verbal.reasonMissing': 'Geef kort de reden waarom de patiënt zijn of haar wil niet kan uiten.',
  'verbal.answerMissing': 'Kies eerst het antwoord van de patiënt.',
  'verbal.submit': 'Antwoord vastleggen',
  'verbal.saving': 'Vastleggen…',
  'verbal.failed': 'Het antwoord is niet vastgelegd: {text}',
  'asked.yes': 'Mondeling gevraagd door {name} om {time}: ja, toestemming.',
  'asked.no':
    'Mondeling gevraagd door {name} om {time}: nee. Er wordt niets opgevraagd bij bronnen zonder keuze. Dit geldt voor deze patiënt tot het einde van de dienst.',
  'asked.unable':
    'Door {name} om {time} vastgelegd: de patiënt kan zijn of haar wil niet uiten ({reason}).',
} as const;

export type ConsentMessageKey = keyof typeof nl;

const en: Record<ConsentMessageKey, string> = {
  title: 'Consent per source',
  intro: 'What is known about consent, and what you may request from each source.',
  'kind.gp': 'GP practice',
  'kind.pharmacy': 'Pharmacy',
  'state.consent': 'Consent given',
  'state.objection': 'Objection',
  'state.no-choice': 'No choice recorded',
  'state.unknown': 'Consent not visible',
  'explain.objection':
    'The patient has objected to making data available. Access is not possible, not even in an emergency.',
  'explain.noChoiceNormal':
    'No choice is recorded. Under the normal regime the data are then not available, not even in an emergency.',
  'explain.noChoiceCrisis':
    'No choice is recorded. Under the crisis regime you may now ask the patient for verbal consent.',
  'explain.noChoiceCrisisOutside':
    'No choice is recorded. The crisis regime covers only the GP’s professional summary: these data are not available, not even in an emergency.',
  'explain.noChoiceAsked': 'No choice is recorded. The verbal answer above applies to this source.',
  'explain.unknown': 'Schakel cannot see the consent of this source; the switchpoint decides.',
  'plain.summary': 'Consent given, everything is requested: {names}',
  'regime.crisis':
    'Crisis regime in force: where no choice is recorded, the GP’s professional summary may be seen after verbal consent.',
  'askAgain.button': 'Ask again',
  'askAgain.saving': 'Recording…',
  'askAgain.failed': 'Asking again was not recorded: {text}',
  'category.summary': 'Professional summary',
  'category.medication': 'Medication',
  'category.ica': 'Contra-indications and intolerances',
  'verdict.allowed': 'will be requested',
  'verdict.refused': 'not available',
  'live.title': 'Sources through the switchpoint',
  'live.body':
    'Schakel does not know this patient’s sources in advance and cannot see consent: the switchpoint asks the sources and decides per source. A source where the patient objected or recorded no choice shows as "no data from this source"; that does not mean the patient refused.',
  'none.title': 'No sources found',
  'none.body':
    'The switchpoint knows no sources for this patient. That may mean: no consent, not registered, or no data. It does not mean the patient refused.',
  'verbal.legend': 'Verbal consent (crisis regime)',
  'verbal.about': 'Applies to: {sources}',
  'verbal.question': 'Ask the patient now: “May I see your data at your GP for this treatment?”',
  'verbal.yes': 'Yes — the patient consents',
  'verbal.no': 'No — the patient does not want this',
  'verbal.unable': 'The patient cannot express a will',
  'verbal.reason': 'Reason (required), for example: not responsive',
  'verbal.reasonMissing': 'Give a short reason why the patient cannot express a will.',
  'verbal.answerMissing': 'Choose the patient’s answer first.',
  'verbal.submit': 'Record answer',
  'verbal.saving': 'Recording…',
  'verbal.failed': 'The answer was not recorded: {text}',
  'asked.yes': 'Asked verbally by {name} at {time}: yes, consent.',
  'asked.no':
    'Asked verbally by {name} at {time}: no. Nothing is requested from sources without a choice. This stands for this patient until the end of the shift.',
  'asked.unable': 'Recorded by {name} at {time}: the patient cannot express a will ({reason}).',
};

export const consentMessages = { nl, en };
