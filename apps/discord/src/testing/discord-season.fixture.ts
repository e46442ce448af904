import { ClusterDocument, ClusterEvent, GrantCall, Organisation, type ClusterStore } from '@glokal/domain';

/** The cluster as the Discord tests see it, on Friday 12 June 2026 at 10:00 Warsaw time. */
export const NOW = new Date('2026-06-12T08:00:00Z');

const updatedAt = '2026-06-01T00:00:00Z';

/** Text a calendar could hold that must never ping, link or format on Discord. */
export const hostileTitle = '@everyone <@&1180000000000000004> **PILNE** [kliknij](https://evil.example) @here';
export const hostileDescription = `${'@everyone <@&1180000000000000004> <#1> `<code>` **bold** __u__ ||spoiler|| > quote\n# heading\n'.repeat(120)}`;

export const events = [
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
    id: 'e-hostile',
    title: hostileTitle,
    kind: 'seminar',
    timing: { allDay: false, start: '2026-06-17T08:00:00Z', end: '2026-06-17T09:00:00Z', timeZone: 'Europe/Warsaw' },
    location: '@here <@1180000000000000009>',
    description: hostileDescription.slice(0, 8000),
  },
  ...[1, 2, 3, 4, 5].map((part) => ({
    id: `e-training-${part}`,
    title: `Szkolenie Erasmus+ część ${part}`,
    kind: 'training',
    timing: {
      allDay: false,
      start: `2026-06-${String(part + 22).padStart(2, '0')}T08:00:00Z`,
      end: `2026-06-${String(part + 22).padStart(2, '0')}T10:00:00Z`,
      timeZone: 'Europe/Warsaw',
    },
  })),
].map((event) => ClusterEvent.parse({ source: 'demo', updatedAt, ...event }));

export const grants = [
  {
    id: 'g-ka220',
    programme: 'Erasmus+',
    callCode: 'KA220-VET',
    title: 'Partnerstwa współpracy w kształceniu zawodowym',
    url: 'https://erasmus-plus.ec.europa.eu/',
    deadline: { local: '2026-10-01T12:00', timeZone: 'Europe/Brussels' },
  },
  {
    id: 'g-fers',
    programme: 'FERS',
    title: 'Kształcenie kadr szkół zawodowych',
    deadline: { local: '2026-06-20T12:00', timeZone: 'Europe/Warsaw' },
  },
].map((call) => GrantCall.parse(call));

export const documents = [
  {
    id: 'd-strategy',
    name: 'Strategia klastra 2026–2030',
    mimeType: 'application/vnd.google-apps.document',
    folderPath: 'Strategia',
    webViewLink: 'https://docs.google.com/document/d/strategy/edit',
    modifiedAt: '2026-05-20T10:00:00Z',
  },
].map((document) => ClusterDocument.parse(document));

export const organisations = [
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

export async function loadDiscordSeason(store: ClusterStore): Promise<void> {
  await store.events.upsert(events);
  await store.grants.upsert(grants);
  await store.documents.upsert(documents);
  await store.organisations.upsert(organisations);
}
