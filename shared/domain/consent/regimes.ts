/**
 * Policy regimes as dated switches. A switch is on during its periods: `from` inclusive,
 * `until` exclusive (null: open-ended). Dates are ISO calendar dates (YYYY-MM-DD), Dutch time.
 */
export interface Period {
  from: string;
  until: string | null;
}

export interface PolicySwitch {
  periods: Period[];
}

/** An organisation (by URA) and the LSP regions it belongs to; hospitals can be in several. */
export interface RegionAssignment {
  ura: string;
  regions: string[];
}

export interface PolicyRegimes {
  /** The crisis verbal opt-in ("corona opt-in") for no-choice patients at HAP and SEH. */
  crisisOptIn: PolicySwitch;
  /** Regional exchange: the source must be in one of the actor's regions. */
  regionalExchange: PolicySwitch & { assignments: RegionAssignment[] };
}

/** What the decision sees: which regimes are on at the moment of the query. */
export interface ActiveRegimes {
  crisisOptIn: boolean;
  regions: boolean;
}

/** The crisis regime as it was: 16 April 2020 up to 1 April 2023. */
export const CRISIS_OPT_IN_HISTORIC: PolicySwitch = {
  periods: [{ from: '2020-04-16', until: '2023-04-01' }],
};

export const SWITCH_OFF: PolicySwitch = { periods: [] };

export function switchOnFrom(from: string): PolicySwitch {
  return { periods: [{ from, until: null }] };
}

/** Today's default: national exchange, no crisis regime. */
export const DEFAULT_REGIMES: PolicyRegimes = {
  crisisOptIn: SWITCH_OFF,
  regionalExchange: { periods: [], assignments: [] },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isOnAt(policySwitch: PolicySwitch, date: string): boolean {
  if (!ISO_DATE.test(date)) throw new Error(`not an ISO date: ${date}`);
  return policySwitch.periods.some((p) => p.from <= date && (p.until === null || date < p.until));
}

export function activeRegimesAt(regimes: PolicyRegimes, date: string): ActiveRegimes {
  return {
    crisisOptIn: isOnAt(regimes.crisisOptIn, date),
    regions: isOnAt(regimes.regionalExchange, date),
  };
}

/** The regions of an organisation under the regional regime; empty when not assigned. */
export function regionsOf(regimes: PolicyRegimes, ura: string): string[] {
  return regimes.regionalExchange.assignments
    .filter((a) => a.ura === ura)
    .flatMap((a) => a.regions);
}
