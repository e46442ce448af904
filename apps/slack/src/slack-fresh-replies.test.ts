import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seasonEvent } from '@glokal/chat/testing';
import { createTranslator, type ClusterStore } from '@glokal/domain';
import {
  blockText,
  headerOf,
  members,
  startSlackHarness,
  type SlackHarness,
} from './test-support/slack-harness';

/** How often the app read events and people from the store. */
const reads = { events: 0, people: 0 };

/** The store the app sees, counting its reads; writes in the tests go round it. */
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

let harness: SlackHarness;

beforeAll(async () => {
  // Caches on, as the app starts by default; the clock stands still, so only writes move them.
  harness = await startSlackHarness({ wrapStore: counted });
});
afterAll(() => harness.stop());

async function eventsReply() {
  const answer = await harness.command('events', members.anna);
  expect(answer.status).toBe(200);
  return answer.message?.blocks ?? [];
}

describe('cached replies are fast, never stale', () => {
  it('answers the same /glokal events again from the cache, without reading the store', async () => {
    const first = await eventsReply();
    const seen = { ...reads };
    const again = await eventsReply();
    expect(again).toEqual(first);
    expect(reads).toEqual(seen);
  });

  it('shows an event written to the store by another process in the very next reply', async () => {
    const title = 'Warsztaty z pisania wniosków, dopisane przez synchronizację';
    expect(blockText(await eventsReply())).not.toContain(title);
    const before = reads.events;
    // Straight into the store, as the worker's sync or an import in another process writes.
    await harness.store.events.upsert([
      seasonEvent({
        id: 'e-written-elsewhere',
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
    expect(blockText(await eventsReply())).toContain(title);
    expect(reads.events).toBe(before + 1);
  });

  it('speaks the language a person chose elsewhere from the very next reply', async () => {
    expect(headerOf(await eventsReply())).toBe(
      createTranslator('pl', 'Europe/Warsaw').t('events:title'),
    );
    const person = await harness.store.people.ensure(
      { platform: 'slack', userId: members.anna.id },
      members.anna.realName,
    );
    await harness.store.people.setPreferences(person.id, { locale: 'en' });
    expect(headerOf(await eventsReply())).toBe(
      createTranslator('en', 'Europe/Warsaw').t('events:title'),
    );
  });
});
