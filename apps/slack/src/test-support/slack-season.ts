import { ClusterDocument, ClusterEvent, GrantCall, Organisation, type ClusterStore } from '@glokal/domain';

/**
 * A small season of the cluster for the Slack app's tests, seen on Friday 12 June 2026 at
 * 10:00 in Warsaw. It has enough trainings to page, and one event written by a prankster.
 */
export const SEASON_NOW = new Date('2026-06-12T08:00:00Z');

const updatedAt = '2026-06-01T00:00:00Z';

/** Everything a calendar invitation could carry to make a message misbehave. */
export const HOSTILE_TITLE = '<!channel> *PILNE* <@U0ANNA> <http://evil.example|kliknij> & więcej';
export const HOSTILE_DESCRIPTION = `${'\u0007\u202E> cytat *pogrubienie* <!here> '.repeat(20)}${'x'.repeat(7000)}`;

export const seasonEvents = [
  {
    id: 'e-robotics',
    title: 'Warsztaty robotyki dla nauczycieli',
    kind: 'workshop',
    timing: { allDay: false, start: '2026-06-16T07:00:00Z', end: '2026-06-16T11:00:00Z', timeZone: 'Europe/Warsaw' },
    location: 'CKZiU Łódź',
    calendarUrl: 'https://calendar.google.com/calendar/event?eid=robotics',
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
    timing: { allDay: false, start: '2026-06-22T09:00:00Z', end: '2026-06-22T15:00:00Z', timeZone: 'Europe/Lisbon' },
  },
  {
    id: 'e-hostile',
    title: HOSTILE_TITLE,
    kind: 'meeting',
    timing: { allDay: false, start: '2026-06-24T08:00:00Z', end: '2026-06-24T09:00:00Z', timeZone: 'Europe/Warsaw' },
    description: HOSTILE_DESCRIPTION,
  },
  ...Array.from({ length: 24 }, (_, index) => {
    const day = String(1 + (index % 28)).padStart(2, '0');
    return {
      id: `e-training-${index + 1}`,
      title: `Szkolenie Erasmus+ część ${index + 1}`,
      kind: 'training',
      timing: { allDay: false, start: `2026-07-${day}T08:00:00Z`, end: `2026-07-${day}T10:00:00Z`, timeZone: 'Europe/Warsaw' },
    };
  }),
].map((event) => ClusterEvent.parse({ source: 'demo', updatedAt, ...event }));

export const seasonGrants = [
  {
    id: 'ka220-vet-2026',
    programme: 'Erasmus+',
    callCode: 'KA220-VET',
    title: 'Partnerstwa współpracy w kształceniu zawodowym',
    url: 'https://erasmus-plus.ec.europa.eu/',
    deadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
  },
  {
    id: 'fers-2026',
    programme: 'FERS',
    title: 'Kształcenie kadr szkół zawodowych',
    deadline: { local: '2026-06-15T12:00', timeZone: 'Europe/Warsaw' },
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
].map((document) => ClusterDocument.parse(document));

export const seasonOrganisations = [
  {
    id: 'o-ckziu',
    name: 'CKZiU nr 1 w Łodzi',
    kind: 'vocational_centre',
    membership: 'member',
    city: 'Łódź',
    country: 'PL',
    specialisations: ['mechatronika', 'robotyka'],
  },
  {
    id: 'o-lisbon',
    name: 'Escola Profissional de Lisboa',
    kind: 'vocational_centre',
    membership: 'partner',
    city: 'Lisboa',
    country: 'PT',
    specialisations: ['robotyka', 'turystyka'],
  },
].map((organisation) => Organisation.parse(organisation));

export async function loadSeason(store: ClusterStore): Promise<void> {
  await store.events.upsert(seasonEvents);
  await store.grants.upsert(seasonGrants);
  await store.documents.upsert(seasonDocuments);
  await store.organisations.upsert(seasonOrganisations);
}
