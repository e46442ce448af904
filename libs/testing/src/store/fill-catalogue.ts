import { DateTime } from 'luxon';
import {
  eventKinds,
  type Clock,
  type ClusterDocument,
  type ClusterEvent,
  type ClusterStore,
  type GrantCall,
  type Organisation,
} from '@glokal/domain';

export interface CatalogueSizes {
  events: number;
  grants: number;
  documents: number;
  organisations: number;
}

export interface FillOptions {
  /** The zone events are written in; `Europe/Warsaw` when unset. */
  timeZone?: string;
  /** Changes the generated words and dates; the same seed gives the same catalogue. */
  seed?: number;
  /** Items per upsert call. */
  batchSize?: number;
}

/** A small deterministic generator (mulberry32), so benchmarks compare like with like. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    chance: (probability: number) => next() < probability,
  };
}

const topics = [
  'Erasmus+',
  'mechatronika',
  'sztuczna inteligencja',
  'edukacja włączająca',
  'zielone kompetencje',
  'doradztwo zawodowe',
  'staże zagraniczne',
  'robotyka',
  'kompetencje cyfrowe',
  'przedsiębiorczość',
  'gastronomia',
  'fotowoltaika',
];
const eventWords: Record<(typeof eventKinds)[number], string> = {
  meeting: 'Spotkanie',
  conference: 'Konferencja',
  seminar: 'Seminarium',
  training: 'Szkolenie',
  workshop: 'Warsztaty',
  exchange: 'Wymiana',
  other: 'Dzień otwarty',
};
const cities = [
  'Łódź',
  'Kraków',
  'Wrocław',
  'Gdańsk',
  'Poznań',
  'Lublin',
  'Białystok',
  'Rzeszów',
  'Katowice',
  'Szczecin',
  'Opole',
  'Kielce',
  'Toruń',
  'Zielona Góra',
];
const partnerCities: ReadonlyArray<[string, string]> = [
  ['Aveiro', 'PT'],
  ['Barcelona', 'ES'],
  ['Bocholt', 'DE'],
  ['Bologna', 'IT'],
  ['Vilnius', 'LT'],
  ['Oulu', 'FI'],
  ['Brno', 'CZ'],
  ['Graz', 'AT'],
];
const programmes: ReadonlyArray<[string, string, string]> = [
  ['Erasmus+ KA1', 'KA121-VET', 'Europe/Brussels'],
  ['Erasmus+ KA1', 'KA122-SCH', 'Europe/Brussels'],
  ['Erasmus+ KA2', 'KA220-VET', 'Europe/Brussels'],
  ['Erasmus+ KA2', 'KA210-SCH', 'Europe/Brussels'],
  ['Erasmus+ KA3', 'EDU-PI-FORWARD', 'Europe/Brussels'],
  ['Interreg Europe', 'IE-CALL', 'Europe/Brussels'],
  ['FERS', 'FERS.01.03', 'Europe/Warsaw'],
  ['CERV', 'CERV-TOWN-TT', 'Europe/Brussels'],
  ['NAWA', 'NAWA-WYMIANA', 'Europe/Warsaw'],
];
const folders = [
  'Strategia',
  'Protokoły/Zarząd',
  'Protokoły/Koordynatorzy',
  'Erasmus+/KA1',
  'Erasmus+/KA2',
  'Dobre praktyki',
  'Szablony',
  'Raporty',
  'Interreg',
  'Konferencje',
];
const documentKinds = [
  'Protokół',
  'Raport',
  'Wniosek',
  'Notatka',
  'Prezentacja',
  'Budżet',
  'Umowa',
  'Harmonogram',
];
const orgTemplates: ReadonlyArray<[Organisation['kind'], string]> = [
  ['school', 'Zespół Szkół nr'],
  ['vocational_centre', 'Centrum Kształcenia Zawodowego nr'],
  ['university', 'Uczelnia Techniczna, wydział'],
  ['ngo', 'Fundacja Edukacyjna nr'],
  ['business', 'Przedsiębiorstwo Szkoleniowe nr'],
  ['local_government', 'Urząd Gminy, wydział'],
  ['other', 'Ośrodek Doskonalenia nr'],
];

/**
 * Writes a large, realistic-looking, deterministic catalogue for benchmarks: events over a year
 * around the clock's now (some all-day, some cancelled), grant calls with deadlines in Brussels
 * and Warsaw time, documents in folders, and members and partners. Ids are `bulk-…`.
 */
export async function fillCatalogue(
  store: Pick<ClusterStore, 'events' | 'grants' | 'documents' | 'organisations'>,
  sizes: CatalogueSizes,
  clock: Clock,
  options: FillOptions = {},
): Promise<CatalogueSizes> {
  const zone = options.timeZone ?? 'Europe/Warsaw';
  const random = randomFrom(options.seed ?? 20_26);
  const batchSize = options.batchSize ?? 1_000;
  const today = DateTime.fromJSDate(clock.now(), { zone }).startOf('day');
  const stamp = clock.now().toISOString();
  const number = (n: number) => String(n).padStart(5, '0');

  const organisations = Array.from({ length: sizes.organisations }, (_, n): Organisation => {
    const partner = random.chance(0.3);
    const [kind, prefix] = random.pick(orgTemplates);
    const [city, country] = partner ? random.pick(partnerCities) : [random.pick(cities), 'PL'];
    return {
      id: `bulk-org-${number(n)}`,
      name: `${prefix} ${n + 1} — ${city}`,
      kind,
      membership: partner ? 'partner' : 'member',
      city,
      country,
      specialisations: [random.pick(topics), random.pick(topics)],
      languages: partner ? ['en'] : ['pl', 'en'],
      contact: {},
    };
  });

  const events = Array.from({ length: sizes.events }, (_, n): ClusterEvent => {
    const kind = random.pick(eventKinds);
    const day = today.plus({ days: random.int(-90, 275) });
    const allDay = random.chance(0.1);
    const start = day.set({ hour: random.int(8, 17), minute: random.pick([0, 15, 30, 45]) });
    return {
      id: `bulk-event-${number(n)}`,
      title: `${eventWords[kind]}: ${random.pick(topics)} — ${random.pick(cities)} #${n + 1}`,
      kind,
      timing: allDay
        ? {
            allDay: true,
            startDate: day.toISODate() ?? '',
            endDate: day.plus({ days: random.int(1, 3) }).toISODate() ?? '',
          }
        : {
            allDay: false,
            start: start.toUTC().toISO() ?? '',
            end:
              start
                .plus({ minutes: random.pick([60, 90, 120, 240]) })
                .toUTC()
                .toISO() ?? '',
            timeZone: zone,
          },
      status: random.chance(0.05) ? 'cancelled' : 'confirmed',
      source: 'glokal',
      updatedAt: stamp,
    };
  });

  const grants = Array.from({ length: sizes.grants }, (_, n): GrantCall => {
    const [programme, code, deadlineZone] = random.pick(programmes);
    const deadline = today.plus({ days: random.int(-60, 365) });
    return {
      id: `bulk-grant-${number(n)}`,
      programme,
      callCode: `${code}-${number(n)}`,
      title: `Nabór ${n + 1}: ${random.pick(topics)}`,
      deadline: {
        local: `${deadline.toISODate() ?? ''}T${random.pick(['12:00', '17:00', '15:00'])}`,
        timeZone: deadlineZone,
      },
      status: random.chance(0.1) ? 'closed' : 'open',
    };
  });

  const documents = Array.from({ length: sizes.documents }, (_, n): ClusterDocument => ({
    id: `bulk-doc-${number(n)}`,
    name: `${random.pick(documentKinds)} — ${random.pick(topics)} ${n + 1}`,
    mimeType: 'application/vnd.google-apps.document',
    folderPath: `${random.pick(folders)}/${today.year - random.int(0, 2)}`,
    modifiedAt:
      today
        .minus({ days: random.int(0, 730), minutes: random.int(0, 1_439) })
        .toUTC()
        .toISO() ?? stamp,
  }));

  const inBatches = async <T>(
    items: readonly T[],
    write: (batch: readonly T[]) => Promise<void>,
  ) => {
    for (let start = 0; start < items.length; start += batchSize)
      await write(items.slice(start, start + batchSize));
  };
  await inBatches(organisations, (batch) => store.organisations.upsert(batch));
  await inBatches(events, (batch) => store.events.upsert(batch));
  await inBatches(grants, (batch) => store.grants.upsert(batch));
  await inBatches(documents, (batch) => store.documents.upsert(batch));
  return {
    events: events.length,
    grants: grants.length,
    documents: documents.length,
    organisations: organisations.length,
  };
}
