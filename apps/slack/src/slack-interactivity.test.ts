import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTranslator } from '@glokal/domain';
import { blockKitProblems } from '@glokal/testing/slack';
import {
  blockText,
  findButton,
  headerOf,
  members,
  startSlackHarness,
  type FoundButton,
  type Member,
  type SlackHarness,
  type Where,
} from './test-support/slack-harness';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
});
afterAll(() => harness.stop());

const pl = createTranslator('pl', 'Europe/Warsaw').t;
const en = createTranslator('en', 'Europe/Warsaw').t;

async function personOf(who: Member) {
  const person = await harness.store.people.byChatIdentity({ platform: 'slack', userId: who.id });
  if (!person) throw new Error(`${who.name} is not stored`);
  return person;
}

async function commandBlocks(text: string, who: Member) {
  const answer = await harness.command(text, who);
  return answer.message?.blocks ?? [];
}

function button(blocks: unknown, label: string): FoundButton {
  const found = findButton(blocks, label);
  if (!found) throw new Error(`no “${label}” button in: ${blockText(blocks)}`);
  return found;
}

/** Presses a button and waits for what the app sends to that press's response URL. */
async function press(
  found: FoundButton,
  who: Member,
  where: Where = { kind: 'ephemeral' },
  count = 1,
) {
  const pressed = await harness.press(found, who, where);
  expect(pressed.status).toBe(200);
  const path = new URL(pressed.responseUrl).pathname;
  await harness.slack.waitForCall('response_url', { count, where: (call) => call.path === path });
  return harness.responses(pressed.responseUrl);
}

describe('buttons on a reply', () => {
  it('"I\'m going" records the member as going and replaces the message with the updated event; "Not going" changes the answer', async () => {
    const detail = await commandBlocks('wydarzenie robotyki', members.anna);
    const [updated] = await press(button(detail, pl('events:attend')), members.anna);
    expect(updated?.replace_original).toBe(true);
    expect(blockText(updated?.blocks)).toContain(
      pl('events:answered_going', { title: 'Warsztaty robotyki dla nauczycieli' }),
    );
    expect(blockKitProblems(updated?.blocks, 'message')).toEqual([]);
    expect(
      await harness.store.attendance.answerOf((await personOf(members.anna)).id, 'e-robotics'),
    ).toBe('going');

    const [undone] = await press(button(updated?.blocks, pl('events:not_attend')), members.anna);
    expect(blockText(undone?.blocks)).toContain(
      pl('events:answered_not_going', { title: 'Warsztaty robotyki dla nauczycieli' }),
    );
    expect(
      await harness.store.attendance.answerOf((await personOf(members.anna)).id, 'e-robotics'),
    ).toBe('not-going');
  });

  it('"Follow" on a grant call stores the follow for that member', async () => {
    const detail = await commandBlocks('grant ka220-vet-2026', members.john);
    const [updated] = await press(button(detail, en('grants:follow')), members.john);
    expect(updated?.replace_original).toBe(true);
    expect(blockText(updated?.blocks)).toContain(en('grants:you_follow'));
    expect(
      await harness.store.follows.isFollowing((await personOf(members.john)).id, 'ka220-vet-2026'),
    ).toBe(true);
  });

  it('"Next" replaces a list with its next page, still shareable', async () => {
    const first = await commandBlocks('wydarzenia miesiąc', members.anna);
    expect(blockText(first)).toContain('Strona 1 z 3');
    const [second] = await press(button(first, pl('chat:paging.next')), members.anna);
    expect(second?.replace_original).toBe(true);
    expect(blockText(second?.blocks)).toContain('Strona 2 z 3');
    expect(findButton(second?.blocks, pl('slack:share'))).toBeDefined();
  });

  it('"More" replaces a list with the item in full', async () => {
    const list = await commandBlocks('events week workshop', members.john);
    const [detail] = await press(button(list, en('chat:more')), members.john);
    expect(headerOf(detail?.blocks)).toBe(en('events:kind.workshop'));
    expect(findButton(detail?.blocks, en('events:attend'))).toBeDefined();
  });

  it('"Share in channel" posts the list for everyone, says who shared it, and removes the private copy', async () => {
    const list = await commandBlocks('wydarzenia tydzień warsztaty', members.anna);
    const [shared, removed] = await press(
      button(list, pl('slack:share')),
      members.anna,
      { kind: 'ephemeral' },
      2,
    );
    expect(shared).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(blockText(shared?.blocks)).toContain(pl('slack:shared_by', { name: members.anna.name }));
    expect(blockText(shared?.blocks)).toContain('Warsztaty robotyki dla nauczycieli');
    expect(findButton(shared?.blocks, pl('slack:share'))).toBeUndefined();
    expect(removed).toEqual({ delete_original: true });
  });

  it('answers a press on a public message privately, leaving the message as it is for everyone', async () => {
    const detail = await commandBlocks('event robotyki', members.john);
    const [answer] = await press(button(detail, en('events:attend')), members.john, {
      kind: 'public',
      messageTs: '1781251200.000200',
    });
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(
      await harness.store.attendance.answerOf((await personOf(members.john)).id, 'e-robotics'),
    ).toBe('going');
  });

  it('ignores a button value it did not make, storing nothing', async () => {
    const before = harness.slack.callsTo('response_url').length;
    const pressed = await harness.press(
      { actionId: 'glokal:1', value: 'a|1|e-robotics|extra', text: 'Idę' },
      members.jose,
      { kind: 'ephemeral' },
    );
    expect(pressed.status).toBe(200);
    expect(
      await harness.store.people.byChatIdentity({ platform: 'slack', userId: members.jose.id }),
    ).toBeUndefined();
    expect(harness.slack.callsTo('response_url').length).toBe(before);
  });
});

const HomeView = z.object({
  type: z.literal('home'),
  blocks: z.array(z.record(z.string(), z.unknown())),
});

async function homeOf(who: Member, count: number) {
  await harness.slack.waitForCall('views.publish', {
    count,
    where: (call) => call.params['user_id'] === who.id,
  });
  const home = harness.slack.world.homes.get(who.id);
  return { viewId: home?.id ?? '', view: HomeView.parse(home?.view) };
}

describe('the Home tab', () => {
  it('shows the events a member joined and the calls they follow with days left, in their language', async () => {
    const person = await harness.store.people.ensure(
      { platform: 'slack', userId: members.kasia.id },
      'Kasia',
    );
    await harness.store.attendance.answer(person.id, 'e-conference', 'going');
    await harness.store.follows.set(person.id, 'ka210-2026', true);
    expect((await harness.homeOpened(members.kasia)).status).toBe(200);
    const { view } = await homeOf(members.kasia, 1);
    expect(blockKitProblems(view.blocks, 'home')).toEqual([]);
    const shown = blockText(view.blocks);
    expect(shown).toContain(pl('slack:home.your_events'));
    expect(shown).toContain('Konferencja „Szkoła jutra”');
    expect(shown).toContain('Partnerstwa na małą skalę w edukacji szkolnej');
    expect(shown).toContain('zostały 2 dni');
    expect(findButton(view.blocks, pl('settings:switch_to'))).toBeDefined();
  });

  it('switches the member’s language from the Home tab and publishes it again in that language', async () => {
    const { view, viewId } = await homeOf(members.kasia, 1);
    const pressed = await harness.press(
      button(view.blocks, pl('settings:switch_to')),
      members.kasia,
      { kind: 'home', viewId },
    );
    expect(pressed.status).toBe(200);
    const again = await homeOf(members.kasia, 2);
    expect(blockText(again.view.blocks)).toContain(en('slack:home.your_events'));
    expect((await personOf(members.kasia)).locale).toBe('en');
  });

  it('"Not going" on the Home tab removes the event from it', async () => {
    const { view, viewId } = await homeOf(members.kasia, 2);
    await harness.press(button(view.blocks, en('events:not_attend')), members.kasia, {
      kind: 'home',
      viewId,
    });
    const again = await homeOf(members.kasia, 3);
    expect(blockText(again.view.blocks)).not.toContain('Konferencja „Szkoła jutra”');
    expect(blockText(again.view.blocks)).toContain(en('slack:home.no_events'));
  });
});
