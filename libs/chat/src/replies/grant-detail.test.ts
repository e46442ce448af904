import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, fixedClock, type Locale } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import type { ChatDeps } from '../command';
import { runAction, type ActionContext } from '../run-action';
import { loadSeason, seasonGrants } from '../testing/season.fixture';
import { asReply, replyText, requestFor, replyTo } from '../testing/request.fixture';
import { grantItem } from './grant-item';

let test: TestStore;
let season: ChatDeps;

beforeAll(async () => {
  test = await createTestStore();
  season = await loadSeason(test.store);
});
afterAll(async () => test.close());

/** The Lisbon fund closes at 17:00 in Lisbon on 12 June: 16:00 UTC. */
const LISBON = 'lisbon-fund-2026';
const at = (instant: string): ChatDeps => ({ ...season, clock: fixedClock(new Date(instant)) });
const before = () => at('2026-06-12T15:59:00Z');
const after = () => at('2026-06-12T16:00:00Z');

function context(userId: string, locale: Locale = 'en'): ActionContext {
  const request = requestFor('help', {}, { userId, locale });
  return {
    requester: request.requester,
    conversation: request.conversation,
    locale,
    timeZone: request.timeZone,
  };
}

const detail = (deps: ChatDeps, who: { userId?: string; locale?: Locale } = {}) =>
  replyTo(requestFor('grant', { name: LISBON }, { locale: 'en', ...who }), deps);

const labels = (actions: readonly { label: string }[]) => actions.map((action) => action.label);

describe('a grant call past its deadline', () => {
  it('reads open with Follow before the deadline, and closed without Follow from it on', async () => {
    const open = await detail(before());
    expect(open.items[0]?.context).toContain('Open');
    expect(labels(open.actions)).toEqual(['Follow']);

    const closed = await detail(after());
    expect(closed.items[0]?.context).toContain('Closed');
    expect(closed.items[0]?.context).not.toContain('Open');
    expect(closed.items[0]?.context).toContain('the deadline has passed');
    expect(labels(closed.actions)).toEqual([]);
    const pl = await detail(after(), { locale: 'pl' });
    expect(pl.items[0]?.context).toContain('Zamknięty');
    expect(labels(pl.actions)).toEqual([]);
  });

  it('still offers Unfollow to a follower, and lets them stop', async () => {
    const who = context('U-KEEN');
    await runAction({ type: 'follow', grantId: LISBON, following: true }, who, before());
    const followed = await detail(after(), { userId: 'U-KEEN' });
    expect(labels(followed.actions)).toEqual(['Unfollow']);
    expect(followed.items[0]?.context).toContain('Closed');

    const stopped = asReply(
      await runAction({ type: 'follow', grantId: LISBON, following: false }, who, after()),
    );
    expect(stopped.summary).toBe('You no longer follow “Mobilidade de professores”.');
    expect(labels(stopped.actions)).toEqual([]);
    const person = await season.store.people.byChatIdentity({
      platform: 'slack',
      userId: 'U-KEEN',
    });
    expect(await season.store.follows.isFollowing(person?.id ?? '', LISBON)).toBe(false);
  });

  it('refuses Follow from an older button, in the person’s language, and follows nothing', async () => {
    const pl = asReply(
      await runAction(
        { type: 'follow', grantId: LISBON, following: true },
        context('U-TOO-LATE', 'pl'),
        after(),
      ),
    );
    expect(pl.tone).toBe('notice');
    expect(pl.summary).toBe(
      'Nabór „Mobilidade de professores” jest zamknięty: nie można go już obserwować.',
    );
    const en = asReply(
      await runAction(
        { type: 'follow', grantId: 'interreg-closed', following: true },
        context('U-TOO-LATE'),
        season,
      ),
    );
    expect(en.summary).toBe('The call “Zamknięty nabór” is closed: it can no longer be followed.');
    expect(
      await season.store.people.byChatIdentity({ platform: 'slack', userId: 'U-TOO-LATE' }),
    ).toBeUndefined();
  });

  it('shows closed in a list item, with More and no Follow, but Unfollow for a follower', () => {
    const call = seasonGrants.find((grant) => grant.id === LISBON);
    if (!call) throw new Error('the season has no Lisbon fund');
    const t = createTranslator('en', 'Europe/Warsaw');
    const now = after().clock.now();
    const item = grantItem(call, t, now, false);
    expect(item.context).toContain('Closed');
    expect(replyText({ title: '', items: [item], actions: [], tone: 'normal' })).toContain(
      'the deadline has passed',
    );
    expect(labels(item.actions)).toEqual(['More']);
    expect(labels(grantItem(call, t, now, true).actions)).toEqual(['More', 'Unfollow']);
    const open = grantItem(call, t, before().clock.now(), false);
    expect(open.context).not.toContain('Open');
    expect(labels(open.actions)).toEqual(['More', 'Follow']);
  });
});
