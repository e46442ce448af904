import type { EventKind } from '../event';
import type { OrganisationKind } from '../organisation';
import { foldForSearch } from '../search-text';

/**
 * Words people type for an event kind, folded (no diacritics, lower case), English and
 * Polish, singular and plural: `workshop`, `warsztaty`, `szkolenie`, `wymiany`. Maps, so a
 * word like `constructor` or `__proto__` names nothing.
 */
const eventKindWords = new Map<string, EventKind>(
  Object.entries({
    meeting: 'meeting',
    meetings: 'meeting',
    spotkanie: 'meeting',
    spotkania: 'meeting',
    conference: 'conference',
    conferences: 'conference',
    konferencja: 'conference',
    konferencje: 'conference',
    seminar: 'seminar',
    seminars: 'seminar',
    seminarium: 'seminar',
    seminaria: 'seminar',
    training: 'training',
    trainings: 'training',
    szkolenie: 'training',
    szkolenia: 'training',
    workshop: 'workshop',
    workshops: 'workshop',
    warsztat: 'workshop',
    warsztaty: 'workshop',
    exchange: 'exchange',
    exchanges: 'exchange',
    wymiana: 'exchange',
    wymiany: 'exchange',
    other: 'other',
    inne: 'other',
    inny: 'other',
  } satisfies Record<string, EventKind>),
);

/** The event kind a word names, in English or Polish; undefined when it names none. */
export function eventKindFromWord(word: string): EventKind | undefined {
  return eventKindWords.get(foldForSearch(word));
}

const organisationKindWords = new Map<string, OrganisationKind>(
  Object.entries({
    school: 'school',
    schools: 'school',
    szkola: 'school',
    szkoly: 'school',
    vocational: 'vocational_centre',
    vocational_centre: 'vocational_centre',
    'vocational centre': 'vocational_centre',
    ckziu: 'vocational_centre',
    ckz: 'vocational_centre',
    centrum: 'vocational_centre',
    zawodowe: 'vocational_centre',
    university: 'university',
    universities: 'university',
    uczelnia: 'university',
    uczelnie: 'university',
    uniwersytet: 'university',
    ngo: 'ngo',
    ngos: 'ngo',
    fundacja: 'ngo',
    stowarzyszenie: 'ngo',
    organizacja: 'ngo',
    business: 'business',
    businesses: 'business',
    company: 'business',
    companies: 'business',
    firma: 'business',
    firmy: 'business',
    local_government: 'local_government',
    'local government': 'local_government',
    municipality: 'local_government',
    gmina: 'local_government',
    samorzad: 'local_government',
    samorzady: 'local_government',
    powiat: 'local_government',
  } satisfies Record<string, OrganisationKind>),
);

/** The organisation kind a word names (`school`, `szkoła`, `ngo`, `firma`, `samorząd`…). */
export function organisationKindFromWord(word: string): OrganisationKind | undefined {
  return organisationKindWords.get(word.includes('_') ? word.toLowerCase() : foldForSearch(word));
}
