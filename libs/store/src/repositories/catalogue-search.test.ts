import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../open-store';
import { emptyStore, storeCases } from '../contract/store-cases';
import { aDocument, anOrganisation } from '../contract/fixtures';

const page = { limit: 50, offset: 0 };
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe.each(storeCases())('organisations and documents on $name', ({ open }) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await open();
  });
  afterAll(() => opened.close());
  beforeEach(() => emptyStore(opened));

  const organisations = [
    anOrganisation({
      id: 'zsz2',
      name: 'Zespół Szkół Zawodowych nr 2 w Łodzi',
      kind: 'vocational_centre',
      specialisations: ['mechatronika', 'automatyka'],
    }),
    anOrganisation({
      id: 'fundacja',
      name: 'Fundacja Edukacji Cyfrowej',
      kind: 'ngo',
      city: 'Kraków',
      region: 'małopolskie',
      specialisations: ['kompetencje cyfrowe'],
    }),
    anOrganisation({
      id: 'aveiro',
      name: 'Escola Profissional de Aveiro',
      kind: 'vocational_centre',
      membership: 'partner',
      country: 'pt',
      city: 'Aveiro',
      region: undefined,
      specialisations: ['turismo', 'mechatronika'],
    }),
    anOrganisation({
      id: 'urzad',
      name: 'Urząd Miasta Łodzi',
      kind: 'local_government',
      description: 'Wydział Edukacji',
    }),
  ];

  it('lists organisations by name and filters them by kind, membership and country', async () => {
    await opened.store.organisations.upsert(organisations);
    const all = await opened.store.organisations.search({}, page);
    expect(ids(all.items)).toEqual(['aveiro', 'fundacja', 'urzad', 'zsz2']);
    expect(all.total).toBe(4);
    expect(
      ids((await opened.store.organisations.search({ kind: 'vocational_centre' }, page)).items),
    ).toEqual(['aveiro', 'zsz2']);
    expect(
      ids((await opened.store.organisations.search({ membership: 'partner' }, page)).items),
    ).toEqual(['aveiro']);
    expect(ids((await opened.store.organisations.search({ country: 'pt' }, page)).items)).toEqual([
      'aveiro',
    ]);
    expect(
      (await opened.store.organisations.search({ country: 'PL' }, { limit: 1, offset: 1 })).total,
    ).toBe(3);
  });

  it('matches specialisations and free words folded, every word required', async () => {
    await opened.store.organisations.upsert(organisations);
    expect(
      ids(
        (await opened.store.organisations.search({ specialisation: 'Mechatronika' }, page)).items,
      ),
    ).toEqual(['aveiro', 'zsz2']);
    expect(
      ids(
        (
          await opened.store.organisations.search(
            { specialisation: 'mechatronika', country: 'PT' },
            page,
          )
        ).items,
      ),
    ).toEqual(['aveiro']);
    expect(ids((await opened.store.organisations.search({ words: 'lodz' }, page)).items)).toEqual([
      'urzad',
      'zsz2',
    ]);
    expect(
      ids((await opened.store.organisations.search({ words: 'łódź edukacji' }, page)).items),
    ).toEqual(['urzad']);
    expect(
      ids((await opened.store.organisations.search({ words: 'malopolskie cyfrowe' }, page)).items),
    ).toEqual(['fundacja']);
  });

  it('upserts organisations idempotently and reads them back whole', async () => {
    await opened.store.organisations.upsert(organisations);
    const renamed = { ...organisations[0]!, name: 'ZSZ nr 2 w Łodzi' };
    await opened.store.organisations.upsert([renamed]);
    expect(await opened.store.organisations.byId('zsz2')).toEqual(renamed);
    expect(await opened.store.organisations.byId('aveiro')).toEqual({
      ...organisations[2],
      country: 'PT',
    });
    expect((await opened.store.organisations.search({}, page)).total).toBe(4);
  });

  it('finds documents by words in name, description and folder path, newest change first', async () => {
    await opened.store.documents.upsert([
      aDocument({
        id: 'd1',
        name: 'Strategia klastra 2026–2030',
        folderPath: 'Strategia/2026',
        modifiedAt: '2026-04-01T10:00:00Z',
      }),
      aDocument({
        id: 'd2',
        name: 'Protokół z posiedzenia zarządu',
        folderPath: 'Protokoły/2026',
        modifiedAt: '2026-05-03T10:00:00Z',
      }),
      aDocument({
        id: 'd3',
        name: 'Dobre praktyki',
        description: 'Staże zawodowe w Portugalii',
        folderPath: 'Erasmus+/KA1',
        modifiedAt: '2026-05-01T10:00:00Z',
      }),
      aDocument({
        id: 'd4',
        name: 'Protokół z walnego zgromadzenia',
        folderPath: 'Protokoły/2025',
        modifiedAt: '2025-12-03T10:00:00Z',
      }),
    ]);
    expect(ids((await opened.store.documents.search('protokol', page)).items)).toEqual([
      'd2',
      'd4',
    ]);
    expect(ids((await opened.store.documents.search('protokoly 2026', page)).items)).toEqual([
      'd2',
    ]);
    expect(ids((await opened.store.documents.search('staze portugalii', page)).items)).toEqual([
      'd3',
    ]);
    expect(ids((await opened.store.documents.search('erasmus ka1', page)).items)).toEqual(['d3']);
    // Any form of a Polish word, the other language, and word beginnings only.
    for (const words of ['strategii', 'strategię', 'strategy', 'protokołów', 'portugalia'])
      expect((await opened.store.documents.search(words, page)).total, words).toBeGreaterThan(0);
    expect(ids((await opened.store.documents.search('strategiach', page)).items)).toEqual(['d1']);
    expect((await opened.store.documents.search('ategia', page)).total).toBe(0);
    expect((await opened.store.documents.search('100%_', page)).total).toBe(0);
    const everything = await opened.store.documents.search('', { limit: 2, offset: 0 });
    expect(everything).toMatchObject({ total: 4 });
    expect(ids(everything.items)).toEqual(['d2', 'd3']);
  });

  it('replaces and removes documents', async () => {
    const document = aDocument({ id: 'doc', name: 'Wniosek KA2 — wersja robocza' });
    await opened.store.documents.upsert([document]);
    const final = {
      ...document,
      name: 'Wniosek KA2 — wersja ostateczna',
      modifiedAt: '2026-05-20T10:00:00.000Z',
    };
    await opened.store.documents.upsert([final]);
    expect(await opened.store.documents.byId('doc')).toEqual(final);
    expect((await opened.store.documents.search('robocza', page)).total).toBe(0);
    await opened.store.documents.remove(['doc']);
    expect(await opened.store.documents.byId('doc')).toBeUndefined();
  });
});
