import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClusterDocument, Organisation, type Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { parseCommandText } from '../parse-text';
import { loadSeason } from '../testing/season.fixture';
import { replyTo, requestFor } from '../testing/request.fixture';
import { correctedWords, knownWords } from './did-you-mean';

let test: TestStore;
let deps: ChatDeps;

const aiCentre = Organisation.parse({
  id: 'o-ai',
  name: 'Centrum AI i Robotyki',
  kind: 'ngo',
  membership: 'member',
  city: 'Łódź',
  country: 'PL',
  specialisations: ['AI', 'robotyka'],
});
const aiDocument = ClusterDocument.parse({
  id: 'd-ai',
  name: 'AI w szkole zawodowej',
  mimeType: 'application/pdf',
  folderPath: 'Materiały',
  modifiedAt: '2026-05-01T10:00:00Z',
});

beforeAll(async () => {
  test = await createTestStore();
  deps = await loadSeason(test.store);
  await test.store.organisations.upsert([aiCentre]);
  await test.store.documents.upsert([aiDocument]);
});
afterAll(async () => test.close());

const en = { locale: 'en' as Locale };

async function run(line: string, who: Parameters<typeof requestFor>[2] = {}) {
  const parsed = parseCommandText(line);
  if (!parsed.ok) throw new Error(`not a command: ${line}`);
  return replyTo(requestFor(parsed.command, parsed.options, who), deps);
}
const options = (line: string) => {
  const parsed = parseCommandText(line);
  return parsed.ok ? parsed.options : undefined;
};

describe('a country among searched words', () => {
  it('is a trailing code or name after a partner specialisation, in either language', () => {
    expect(options('partners robotics PT')).toEqual({ specialisation: 'robotics', country: 'PT' });
    expect(options('partnerzy robotyka Portugalia')).toEqual({
      specialisation: 'robotyka',
      country: 'Portugalia',
    });
    expect(options('partnerzy robotyka Włochy')).toEqual({
      specialisation: 'robotyka',
      country: 'Włochy',
    });
  });

  it('is never a code that also names a topic: AI is searched, not Anguilla', () => {
    expect(options('partners AI')).toEqual({ specialisation: 'AI' });
    expect(options('partnerzy robotyka AI')).toEqual({ specialisation: 'robotyka AI' });
    expect(options('members AI')).toEqual({ words: 'AI' });
    expect(options('członkowie IT PL')).toEqual({ country: 'PL', words: 'IT' });
    expect(options('docs AI')).toEqual({ words: 'AI' });
    expect(options('dokumenty AI PT')).toEqual({ words: 'AI PT' });
  });

  it('finds what has the topic, in Polish and in English', async () => {
    const members = await run('członkowie AI');
    expect(members.items.map((item) => item.title)).toEqual(['Centrum AI i Robotyki']);
    expect(members.summary).not.toMatch(/Anguill/);
    const partners = await run('partners robotics AI', en);
    expect(partners.items.map((item) => item.title)).toEqual(['Centrum AI i Robotyki']);
    expect(partners.summary).not.toMatch(/Anguill/);
    expect((await run('dokumenty AI')).items.map((item) => item.title)).toEqual([
      'AI w szkole zawodowej',
    ]);
    // The country by its code where no topic shares it.
    expect((await run('partnerzy robotyka PT')).items.map((item) => item.title)).toEqual([
      'Escola Profissional de Lisboa',
    ]);
  });
});

describe('did you mean', () => {
  const known = knownWords(['Strategia klastra 2026–2030', 'Szkoła zawodowa', 'robotyka']);

  it('corrects only the word nothing known begins with, to the nearest known word', () => {
    expect(correctedWords('startegia', known)).toBe('strategia');
    expect(correctedWords('startegia 2026', known)).toBe('strategia 2026');
    expect(correctedWords('szkoly robtyka', known)).toBe('szkoly robotyka');
    expect(correctedWords('szkla', known)).toBe('szkoła');
    // Known (in another form: the search finds `strategja` by its stem), a beginning being
    // typed, too far, or too short to correct.
    expect(correctedWords('strategii', known)).toBeUndefined();
    expect(correctedWords('strategja', known)).toBeUndefined();
    expect(correctedWords('strat', known)).toBeUndefined();
    expect(correctedWords('budżet', known)).toBeUndefined();
    expect(correctedWords('xy', known)).toBeUndefined();
  });

  it('suggests the corrected document search with a button, in Polish and English', async () => {
    const pl = await run('dokumenty startegia');
    expect(pl.summary).toBe('Nic nie znalazłem dla „startegia”. Czy chodziło o „strategia”?');
    expect(pl.actions).toEqual([
      {
        label: 'Szukaj „strategia”',
        action: { type: 'run', command: 'docs', options: { words: 'strategia' }, page: 1 },
      },
    ]);
    const english = await run('docs protkol', en);
    expect(english.summary).toBe('Nothing found for “protkol”. Did you mean “protokół”?');
    expect(english.actions.map((action) => action.label)).toEqual(['Search “protokół”']);
  });

  it('suggests a specialisation, an event and a grant call by their stored words', async () => {
    const partners = await run('partners robtyka PT', en);
    expect(partners.items).toEqual([]);
    expect(partners.summary).toContain('Did you mean “robotyka”?');
    expect(partners.actions[0]?.action).toEqual({
      type: 'run',
      command: 'partners',
      options: { specialisation: 'robotyka', country: 'PT' },
      page: 1,
    });
    const event = await run('wydarzenie seminarjum');
    expect(event.summary).toBe('Nic nie znalazłem dla „seminarjum”. Czy chodziło o „seminarium”?');
    const grant = await run('grant mobilodade', en);
    expect(grant.summary).toBe('Nothing found for “mobilodade”. Did you mean “mobilidade”?');
  });

  it('keeps the plain "nothing found" when no known word is near', async () => {
    const reply = await run('docs kwantowy', en);
    expect(reply.summary).toBe(
      'I found no documents with the words “kwantowy”.\nTry fewer or other words, e.g. /glokal docs strategia',
    );
    expect(reply.actions).toEqual([]);
  });
});
