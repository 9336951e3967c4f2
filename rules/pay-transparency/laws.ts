import data from './laws.yaml';

/** The pay-transparency law table (laws.yaml), typed, with the location matching that uses it. */
export type Requirement = 'pay' | 'benefits' | 'other-compensation' | 'application-deadline';

export interface Law {
  id: string;
  name: string;
  kind: 'state' | 'city' | 'county' | 'district';
  state: string;
  match: string[];
  /** Names that contain a match but are somewhere else ("cleveland heights"). */
  unless?: string[];
  /** Match the name only together with this state ("Columbus, OH"), since the name is common. */
  requireState?: boolean;
  effective: string;
  employees: number;
  posting?: boolean;
  requires: Array<{ what: Requirement; since?: string }>;
  citation: string;
  note?: string;
}

export interface LawTable {
  version: number;
  updated: string;
  jurisdictions: Law[];
  /** Postal code -> lower-case state name. */
  states: Record<string, string>;
}

export const LAWS = data as LawTable;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (names: string[]) => new RegExp(`(?<![a-z])(?:${names.map(escape).join('|')})(?![a-z])`, 'i');

/** The state a location names: a postal code as its own part ("Denver, CO"), else a state name. */
export function stateOf(location: string, table: LawTable = LAWS): string | undefined {
  for (const law of table.jurisdictions) {
    if (law.kind === 'district' && wordRe(law.match).test(location)) return law.state;
  }
  for (const part of location.split(/[,;/()|]/).map((p) => p.trim())) {
    const code = part.replace(/\./g, '').toUpperCase();
    if (/^[A-Z]{2}$/.test(code) && table.states[code] !== undefined) return code;
  }
  // Longest names first, so "west virginia" is not read as "virginia".
  const byLength = Object.entries(table.states).sort((a, b) => b[1].length - a[1].length);
  for (const [code, name] of byLength) if (wordRe([name]).test(location)) return code;
  return undefined;
}

/** Every law in the table that covers a job at `location` (a state and any city or county in it). */
export function lawsFor(location: string, table: LawTable = LAWS): Law[] {
  let state = stateOf(location, table);
  const local = table.jurisdictions.filter((law) => {
    if (law.kind === 'state') return false;
    if (state !== undefined && law.state !== state) return false;
    if (law.requireState && law.state !== state) return false;
    if (law.unless?.length && wordRe(law.unless).test(location)) return false;
    return wordRe(law.match).test(location);
  });
  // "Brooklyn" names no state, but the city's state law covers it too.
  state ??= local[0]?.state;
  const statewide = table.jurisdictions.filter((law) => law.kind === 'state' && law.state === state);
  return [...statewide, ...local];
}

/**
 * Why a location is no use to this table ("Seattle": a city with no state; "Denver, Colo.": not a postal
 * code), with the forms it understands; undefined when it names a state, or a city or county in the table.
 */
export function locationProblem(location: string, table: LawTable = LAWS): string | undefined {
  if (stateOf(location, table) !== undefined || lawsFor(location, table).length > 0) return undefined;
  return `location ${JSON.stringify(location)} names no US state or jurisdiction that pay-transparency knows, so it checks nothing; write a state ("WA" or "Washington") or a city and its state's postal code ("Seattle, WA", "Denver, CO")`;
}
