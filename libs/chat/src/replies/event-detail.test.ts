import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { runAction, type ActionContext } from '../run-action';
import { loadSeason } from '../testing/season.fixture';
import { asReply, requestFor, replyTo } from '../testing/request.fixture';

let test: TestStore;
let season: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  season = await loadSeason(test.store);
});
afterAll(async () => test.close());

/** The season seen at another instant (the board meeting is 14:00–15:30 Warsaw time). */
const at = (instant: string): ChatDeps => ({ ...season, clock: fixedClock(new Date(instant)) });

function context(userId: string, locale: Locale = 'en'): ActionContext {
  const request = requestFor('help', {}, { userId, locale });
  return { ...request, locale, timeZone: request.timeZone };
}

const detail = (id: string, deps: ChatDeps, locale: Locale = 'en') =>
  replyTo(requestFor('event', { name: id }, { locale, userId: 'U-READER' }), deps);

const labels = (reply: { actions: readonly { label: string }[] }) =>
  reply.actions.map((action) => action.label);

describe('a cancelled event', () => {
  it('says plainly that it is cancelled, in both languages, and offers no answer', async () => {
    const en = await detail('e-cancelled', season);
    expect(en.title).toBe('Seminar · Cancelled');
    expect(en.summary).toBe('This event is cancelled.');
    expect(labels(en)).toEqual([]);
    const pl = await detail('e-cancelled', season, 'pl');
    expect(pl.summary).toBe('To wydarzenie jest odwołane.');
    expect(labels(pl)).toEqual([]);
  });

  it("refuses an answer from an older button, in the person's language, and counts no one", async () => {
    const pl = asReply(
      await runAction(
        { type: 'attend', eventId: 'e-cancelled', answer: 'going' },
        context('U-LATE-PL', 'pl'),
        season,
      ),
    );
    expect(pl.tone).toBe('notice');
    expect(pl.summary).toBe(
      '„Odwołane seminarium” jest odwołane: nie można się już zapisać ani wypisać.',
    );
    const en = asReply(
      await runAction(
        { type: 'attend', eventId: 'e-cancelled', answer: 'going' },
        context('U-LATE-EN'),
        season,
      ),
    );
    expect(en.summary).toBe(
      '“Odwołane seminarium” is cancelled: you can no longer say whether you are going.',
    );
    expect((await season.store.attendance.counts('e-cancelled')).going).toBe(0);
    expect(
      await season.store.people.byChatIdentity({ platform: 'slack', userId: 'U-LATE-EN' }),
    ).toBeUndefined();
  });

  it('does not say a confirmed event is cancelled', async () => {
    expect((await detail('e-robotics', season)).summary).toBeUndefined();
  });
});

describe('a past event', () => {
  it('offers Going / Maybe / Not going until the event ends, then no answer buttons', async () => {
    expect(labels(await detail('e-board', at('2026-06-12T13:00:00Z')))).toEqual([
      "I'm going",
      'Maybe',
      'Not going',
    ]);
    const after = await detail('e-board', at('2026-06-12T13:30:00Z'));
    expect(labels(after)).toEqual([]);
    expect(after.summary).toBeUndefined();
  });

  it('refuses every answer after the end and keeps the earlier one', async () => {
    const during = at('2026-06-12T12:30:00Z');
    const who = context('U-WENT');
    await runAction({ type: 'attend', eventId: 'e-board', answer: 'going' }, who, during);
    expect((await season.store.attendance.counts('e-board')).going).toBe(1);

    const later = at('2026-06-13T08:00:00Z');
    for (const answer of ['going', 'maybe', 'not-going'] as const) {
      const refused = asReply(
        await runAction({ type: 'attend', eventId: 'e-board', answer }, who, later),
      );
      expect(refused.tone).toBe('notice');
      expect(refused.summary).toBe(
        '“Spotkanie zarządu klastra” is over: you can no longer say whether you are going.',
      );
    }
    expect((await season.store.attendance.counts('e-board')).going).toBe(1);
  });

  it('ends an all-day event at midnight after its last day in the cluster zone', async () => {
    // The conference runs on 18 and 19 June; Warsaw's midnight is 22:00 UTC in June.
    expect(labels(await detail('e-conference', at('2026-06-19T21:59:00Z')))).toEqual([
      "I'm going",
      'Maybe',
      'Not going',
    ]);
    expect(labels(await detail('e-conference', at('2026-06-19T22:00:00Z')))).toEqual([]);
    const pl = asReply(
      await runAction(
        { type: 'attend', eventId: 'e-conference', answer: 'going' },
        context('U-LATE-CONF', 'pl'),
        at('2026-06-20T09:00:00Z'),
      ),
    );
    expect(pl.summary).toMatch(/już się odbyło: nie można się już zapisać ani wypisać\.$/);
  });
});
