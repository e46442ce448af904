import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  eventsByTitle,
  grantCallsByText,
  searchDocuments,
  searchOrganisations,
} from '@glokal/domain/queries';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { aDocument, aGrantCall, anEvent, anOrganisation, timed } from '../contract/fixtures';

const page = { limit: 50, offset: 0 };
const ZONE = 'Europe/Warsaw';
const now = new Date('2026-06-05T00:00Z');
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

const documents = [
  aDocument({
    id: 'minutes',
    name: 'Protokół — zebranie „o strategii”',
    folderPath: 'Protokoły/2026',
    modifiedAt: '2026-05-20T10:00:00Z',
  }),
  aDocument({
    id: 'in-description',
    name: 'Dobre praktyki',
    description: 'Strategia współpracy ze szkołami',
    modifiedAt: '2026-05-10T10:00:00Z',
  }),
  aDocument({
    id: 'in-folder',
    name: 'Budżet 2026',
    folderPath: 'Strategia/Załączniki',
    modifiedAt: '2026-05-15T10:00:00Z',
  }),
  aDocument({
    id: 'older-title',
    name: 'Strategia klastra 2026–2030',
    modifiedAt: '2026-01-01T10:00:00Z',
  }),
  aDocument({
    id: 'title-beginning',
    name: 'Strategiczne kierunki',
    modifiedAt: '2026-05-25T10:00:00Z',
  }),
  aDocument({ id: 'elsewhere', name: 'Regulamin', modifiedAt: '2026-05-30T10:00:00Z' }),
];

const events = [
  anEvent({
    id: 'prefix-soon',
    title: 'Konferencyjny dzień otwarty',
    timing: timed('2026-06-10T08:00Z', '2026-06-10T10:00Z'),
  }),
  anEvent({
    id: 'whole-later',
    title: 'Konferencja robotyki',
    timing: timed('2026-09-01T08:00Z', '2026-09-01T10:00Z'),
  }),
  anEvent({
    id: 'whole-past',
    title: 'Konferencje w Łodzi',
    timing: timed('2026-05-01T08:00Z', '2026-05-01T10:00Z'),
  }),
  anEvent({
    id: 'whole-soon',
    title: 'KONFERENCJA Łódzka',
    timing: timed('2026-06-20T08:00Z', '2026-06-20T10:00Z'),
  }),
];

const calls = [
  aGrantCall({
    id: 'ka220-vet',
    programme: 'Erasmus+',
    title: 'Cooperation partnerships in VET',
    deadline: { local: '2026-07-01T12:00', timeZone: 'Europe/Brussels' },
  }),
  aGrantCall({
    id: 'partnerstwa',
    programme: 'Erasmus+',
    title: 'Partnerstwa na małą skalę',
    deadline: { local: '2026-06-20T12:00', timeZone: 'Europe/Brussels' },
  }),
  aGrantCall({
    id: 'search',
    programme: 'Interreg',
    title: 'Partner search',
    deadline: { local: '2026-08-01T12:00', timeZone: 'Europe/Brussels' },
  }),
];

const organisations = [
  anOrganisation({ id: 'a', name: 'Akademia Przedsiębiorczości', description: 'Robotyka' }),
  anOrganisation({ id: 'b', name: 'Centrum Robotyki', specialisations: ['mechatronika'] }),
  anOrganisation({ id: 'c', name: 'Botanika', specialisations: ['robotyka', 'automatyka'] }),
  anOrganisation({ id: 'd', name: 'Robotics Hub', specialisations: ['robotyka edukacyjna'] }),
  anOrganisation({ id: 'e', name: 'Robotowo', specialisations: ['robotyzacja'] }),
];

describe.each(storeCases())('search ranking on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open({ clusterTimeZone: ZONE });
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  it('puts documents with the word in the name first, the whole word above its beginning, then the newest', async () => {
    await opened.store.documents.upsert(documents);
    const found = await opened.store.documents.search('strategia', page);
    expect(ids(found.items)).toEqual([
      'minutes',
      'older-title',
      'title-beginning',
      'in-folder',
      'in-description',
    ]);
    expect(found.total).toBe(5);
    // The same order as the in-memory reference, and page by page.
    expect(ids(found.items)).toEqual(ids(searchDocuments(documents, 'strategia')));
    expect(
      ids((await opened.store.documents.search('strategia', { limit: 2, offset: 2 })).items),
    ).toEqual(['title-beginning', 'in-folder']);
  });

  it('counts every typed word where it is found', async () => {
    await opened.store.documents.upsert(documents);
    for (const words of ['strategia 2026', 'strategy 2026', 'protokol strategii', 'strat'])
      expect(ids((await opened.store.documents.search(words, page)).items), words).toEqual(
        ids(searchDocuments(documents, words)),
      );
    expect(ids((await opened.store.documents.search('strategia 2026', page)).items)).toEqual([
      'older-title',
      'minutes',
      'in-folder',
    ]);
  });

  it('puts events whose title has the whole word first, then upcoming soonest, then past', async () => {
    await opened.store.events.upsert(events);
    const found = await opened.store.events.findByTitle('konferencja', now, 10);
    expect(ids(found)).toEqual(['whole-soon', 'whole-later', 'whole-past', 'prefix-soon']);
    expect(ids(found)).toEqual(ids(eventsByTitle(events, 'konferencja', now, ZONE, 10)));
    // Only beginnings typed: every title ranks alike, so the date order stays.
    expect(ids(await opened.store.events.findByTitle('konf', now, 10))).toEqual([
      'prefix-soon',
      'whole-soon',
      'whole-later',
      'whole-past',
    ]);
  });

  it('puts grant calls with the whole word first, then the nearest deadline', async () => {
    await opened.store.grants.upsert(calls);
    for (const words of ['partnerships', 'partnerstwa', 'partner', 'ka220', 'erasmus'])
      expect(ids(await opened.store.grants.findByText(words, now, 10)), words).toEqual(
        ids(grantCallsByText(calls, words, now, 10)),
      );
    expect(ids(await opened.store.grants.findByText('partner', now, 10))).toEqual([
      'search',
      'partnerstwa',
      'ka220-vet',
    ]);
    expect(ids(await opened.store.grants.findByText('partner', now, 1))).toEqual(['search']);
  });

  it('puts organisations with the word in the name or the whole specialisation first, then by name', async () => {
    await opened.store.organisations.upsert(organisations);
    const byWords = await opened.store.organisations.search({ words: 'robotyka' }, page);
    // Whole word in the name, then a beginning in the name, then elsewhere.
    expect(ids(byWords.items)).toEqual(['b', 'd', 'e', 'a', 'c']);
    expect(ids(byWords.items)).toEqual(
      ids(searchOrganisations(organisations, { words: 'robotyka' })),
    );
    const bySpecialisation = await opened.store.organisations.search(
      { specialisation: 'robot' },
      page,
    );
    expect(ids(bySpecialisation.items)).toEqual(['c', 'd', 'e']);
    const wholeSpecialisation = await opened.store.organisations.search(
      { specialisation: 'robotyka' },
      page,
    );
    expect(ids(wholeSpecialisation.items)).toEqual(
      ids(searchOrganisations(organisations, { specialisation: 'robotyka' })),
    );
  });
});
