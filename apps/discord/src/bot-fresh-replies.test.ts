import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeason, seasonEvent, SEASON_NOW } from '@glokal/chat/testing';
import { createTranslator, fixedClock, type ClusterStore } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { InteractionActor } from '@glokal/testing/discord';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';

/** How often the bot read events and people from the store. */
const reads = { events: 0, people: 0 };

/** The store the bot sees, counting its reads; writes in the tests go round it. */
function counted(store: ClusterStore): ClusterStore {
  return {
    ...store,
    events: {
      ...store.events,
      between: (query, page) => {
        reads.events += 1;
        return store.events.between(query, page);
      },
    },
    people: {
      ...store.people,
      byChatIdentity: (identity) => {
        reads.people += 1;
        return store.people.byChatIdentity(identity);
      },
    },
  };
}

const ola: InteractionActor = {
  userId: '4000000000000000071',
  username: 'ola',
  locale: 'pl',
};

let test: TestStore;
let on: BotOnFake;

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store);
  // Caches on, as the bot starts by default; the clock stands still, so only writes move them.
  on = await startBotOnFake(counted(test.store));
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

async function eventsReply() {
  const answer = await on.ask(ola, 'events');
  return answer.message;
}

describe('cached answers on Discord are fast, never stale', () => {
  it('answers the same /glokal events again without reading the store, twenty at once too', async () => {
    const first = await eventsReply();
    const seen = { ...reads };
    const again = await Promise.all(Array.from({ length: 20 }, () => eventsReply()));
    for (const answer of again) expect(answer.embeds).toEqual(first.embeds);
    expect(reads).toEqual(seen);
  });

  it('shows an event written to the store by another process in the very next answer', async () => {
    const title = 'Warsztaty z pisania wniosków, dopisane przez synchronizację';
    expect(embedText(await eventsReply())).not.toContain(title);
    const before = reads.events;
    // Straight into the store, as the worker's sync or an import in another process writes.
    await test.store.events.upsert([
      seasonEvent({
        id: 'e-written-elsewhere-discord',
        title,
        kind: 'workshop',
        timing: {
          allDay: false,
          start: '2026-06-12T09:00:00Z',
          end: '2026-06-12T10:00:00Z',
          timeZone: 'Europe/Warsaw',
        },
      }),
    ]);
    expect(embedText(await eventsReply())).toContain(title);
    expect(reads.events).toBe(before + 1);
  });

  it('speaks the language a person chose elsewhere from the very next answer', async () => {
    const titleIn = (locale: 'pl' | 'en') =>
      createTranslator(locale, 'Europe/Warsaw').t('events:title');
    expect((await eventsReply()).embeds[0]?.title).toContain(titleIn('pl'));
    const person = await test.store.people.ensure(
      { platform: 'discord', userId: ola.userId },
      'Ola',
    );
    await test.store.people.setPreferences(person.id, { locale: 'en' });
    expect((await eventsReply()).embeds[0]?.title).toContain(titleIn('en'));
  });
});
