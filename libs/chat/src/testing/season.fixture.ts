import {
  ClusterDocument,
  ClusterEvent,
  GrantCall,
  Organisation,
  fixedClock,
  type ClusterStore,
} from '@glokal/domain';
import type { ChatDeps } from '../command';
import { noJobs } from '../jobs';

/**
 * A small season of the cluster for the tests of the catalogue and of every chat adapter, seen
 * on Friday 12 June 2026 at 10:00 in Warsaw (`SEASON_NOW`). Only tests import it.
 */
export const SEASON_NOW = new Date('2026-06-12T08:00:00Z');
export const SEASON_ZONE = 'Europe/Warsaw';

const updatedAt = '2026-06-01T00:00:00Z';
const calendar = 'https://calendar.google.com/calendar/event?eid=';

/** An event as the season writes them (from the demo source); the schema checks the fields. */
export function seasonEvent(fields: object): ClusterEvent {
  return ClusterEvent.parse({ source: 'demo', updatedAt, ...fields });
}

/**
 * `e-hostile`: an event whose text a prankster wrote, on Wednesday 17 June (within `week`).
 * Each platform's tests bring the text that would ping, link or format there.
 */
export function hostileEvent(text: {
  title: string;
  description: string;
  location?: string;
}): ClusterEvent {
  return seasonEvent({
    id: 'e-hostile',
    kind: 'seminar',
    timing: {
      allDay: false,
      start: '2026-06-17T08:00:00Z',
      end: '2026-06-17T09:00:00Z',
      timeZone: SEASON_ZONE,
    },
    ...text,
  });
}

export const seasonEvents = [
  {
    id: 'e-board',
    title: 'Spotkanie zarządu klastra',
    kind: 'meeting',
    timing: {
      allDay: false,
      start: '2026-06-12T12:00:00Z',
      end: '2026-06-12T13:30:00Z',
      timeZone: 'Europe/Warsaw',
    },
    onlineUrl: 'https://meet.google.com/abc-defg-hij',
  },
  {
    id: 'e-robotics',
    title: 'Warsztaty robotyki dla nauczycieli',
    kind: 'workshop',
    timing: {
      allDay: false,
      start: '2026-06-16T07:00:00Z',
      end: '2026-06-16T11:00:00Z',
      timeZone: 'Europe/Warsaw',
    },
    location: 'CKZiU Łódź, ul. Kopcińskiego 5',
    calendarUrl: `${calendar}robotics`,
    description: 'Arduino i roboty mobilne na lekcjach techniki.',
  },
  {
    id: 'e-conference',
    title: 'Konferencja „Szkoła jutra”',
    kind: 'conference',
    timing: { allDay: true, startDate: '2026-06-18', endDate: '2026-06-20' },
    location: 'EC1 Łódź',
  },
  {
    id: 'e-lisbon',
    title: 'Wymiana kadry w Lizbonie',
    kind: 'exchange',
    timing: {
      allDay: false,
      start: '2026-06-22T09:00:00Z',
      end: '2026-06-22T15:00:00Z',
      timeZone: 'Europe/Lisbon',
    },
    location: 'Escola Profissional de Lisboa',
  },
  {
    id: 'e-cancelled',
    title: 'Odwołane seminarium',
    kind: 'seminar',
    status: 'cancelled',
    timing: {
      allDay: false,
      start: '2026-06-15T08:00:00Z',
      end: '2026-06-15T09:00:00Z',
      timeZone: 'Europe/Warsaw',
    },
  },
  {
    id: 'e-autumn',
    title: 'Seminarium jesienne',
    kind: 'seminar',
    timing: {
      allDay: false,
      start: '2026-10-26T08:00:00Z',
      end: '2026-10-26T10:00:00Z',
      timeZone: 'Europe/Warsaw',
    },
  },
  ...[1, 2, 3, 4, 5, 6, 7].map((part) => ({
    id: `e-training-${part}`,
    title: `Szkolenie Erasmus+ część ${part}`,
    kind: 'training',
    timing: {
      allDay: false,
      start: `2026-07-${String(part + 5).padStart(2, '0')}T08:00:00Z`,
      end: `2026-07-${String(part + 5).padStart(2, '0')}T10:00:00Z`,
      timeZone: 'Europe/Warsaw',
    },
  })),
].map(seasonEvent);

export const seasonGrants = [
  {
    id: 'ka220-vet-2026',
    programme: 'Erasmus+',
    callCode: 'KA220-VET',
    title: 'Partnerstwa współpracy w kształceniu zawodowym',
    url: 'https://erasmus-plus.ec.europa.eu/',
    deadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
    funding: 'do 400 000 EUR',
  },
  {
    id: 'ka210-2026',
    programme: 'Erasmus+',
    callCode: 'KA210-SCH',
    title: 'Partnerstwa na małą skalę w edukacji szkolnej',
    deadline: { local: '2026-06-14T12:00', timeZone: 'Europe/Brussels' },
  },
  {
    id: 'fers-2026',
    programme: 'FERS',
    title: 'Kształcenie kadr szkół zawodowych',
    deadline: { local: '2026-06-13T12:00', timeZone: 'Europe/Warsaw' },
  },
  {
    id: 'lisbon-fund-2026',
    programme: 'Fundo Lisboa',
    title: 'Mobilidade de professores',
    deadline: { local: '2026-06-12T17:00', timeZone: 'Europe/Lisbon' },
  },
  {
    id: 'interreg-closed',
    programme: 'Interreg',
    title: 'Zamknięty nabór',
    deadline: { local: '2026-09-01T12:00', timeZone: 'Europe/Brussels' },
    status: 'closed',
  },
].map((call) => GrantCall.parse(call));

export const seasonDocuments = [
  {
    id: 'd-strategy',
    name: 'Strategia klastra 2026–2030',
    mimeType: 'application/vnd.google-apps.document',
    folderPath: 'Strategia',
    webViewLink: 'https://docs.google.com/document/d/strategy/edit',
    modifiedAt: '2026-05-20T10:00:00Z',
  },
  {
    id: 'd-minutes',
    name: 'Protokół zebrania zarządu',
    description: 'Ustalenia o strategii i budżecie.',
    mimeType: 'application/pdf',
    folderPath: 'Protokoły/2026',
    modifiedAt: '2026-06-02T10:00:00Z',
  },
].map((document) => ClusterDocument.parse(document));

export const seasonOrganisations = [
  {
    id: 'o-ckziu',
    name: 'CKZiU nr 1 w Łodzi',
    kind: 'vocational_centre',
    membership: 'member',
    city: 'Łódź',
    region: 'łódzkie',
    country: 'PL',
    specialisations: ['mechatronika', 'robotyka'],
    contact: { person: 'Anna Nowak', email: 'anna.nowak@ckziu.example.org' },
  },
  {
    id: 'o-school',
    name: 'Szkoła Podstawowa nr 5',
    kind: 'school',
    membership: 'member',
    city: 'Zgierz',
    country: 'PL',
    specialisations: ['edukacja ekologiczna'],
  },
  {
    id: 'o-lisbon',
    name: 'Escola Profissional de Lisboa',
    kind: 'vocational_centre',
    membership: 'partner',
    city: 'Lisboa',
    country: 'PT',
    specialisations: ['robotyka', 'turystyka'],
    contact: { website: 'https://epl.example.pt/' },
  },
].map((organisation) => Organisation.parse(organisation));

/**
 * Writes the season (and any `events` a test adds) into a store, and gives what the catalogue
 * needs to read it on `SEASON_NOW` in Warsaw.
 */
export async function loadSeason(
  store: ClusterStore,
  more: { events?: readonly ClusterEvent[] } = {},
): Promise<ChatDeps> {
  await store.events.upsert([...seasonEvents, ...(more.events ?? [])]);
  await store.grants.upsert(seasonGrants);
  await store.documents.upsert(seasonDocuments);
  await store.organisations.upsert(seasonOrganisations);
  return { store, clock: fixedClock(SEASON_NOW), clusterTimeZone: SEASON_ZONE, jobs: noJobs };
}
