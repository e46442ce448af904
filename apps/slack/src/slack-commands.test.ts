import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '@glokal/domain';
import { blockKitProblems } from '@glokal/testing/slack';
import { HOSTILE_TITLE } from './test-support/hostile-text';
import {
  COORDINATOR_GROUP,
  blockText,
  findButton,
  headerOf,
  members,
  startSlackHarness,
  type Member,
  type SlackHarness,
} from './test-support/slack-harness';

let harness: SlackHarness;

beforeAll(async () => {
  harness = await startSlackHarness();
  harness.slack.addUsergroup(COORDINATOR_GROUP, [members.jose.id]);
});
afterAll(() => harness.stop());

const t = (locale: Locale) => createTranslator(locale, 'Europe/Warsaw').t;

/** One line per subcommand: what a Polish and an English member type, and the header they get. */
const subcommands: { name: string; pl: string; en: string; header: (locale: Locale) => string }[] =
  [
    { name: 'help', pl: 'pomoc', en: 'help', header: (l) => t(l)('chat:help.title') },
    { name: 'events', pl: 'wydarzenia', en: 'events', header: (l) => t(l)('events:title') },
    {
      name: 'events with period and kind',
      pl: 'wydarzenia tydzień warsztaty',
      en: 'events week workshop',
      header: (l) => t(l)('events:title_kind', { kind: t(l)('events:kind.workshop') }),
    },
    {
      name: 'event',
      pl: 'wydarzenie robotyki',
      en: 'event robotyki',
      header: (l) => t(l)('events:kind.workshop'),
    },
    { name: 'grants', pl: 'granty', en: 'grants', header: (l) => t(l)('grants:title') },
    {
      name: 'grant',
      pl: 'grant ka220-vet-2026',
      en: 'grant ka220-vet-2026',
      header: () => 'Erasmus+',
    },
    {
      name: 'docs',
      pl: 'dokumenty strategia',
      en: 'docs strategia',
      header: (l) => t(l)('docs:title', { words: 'strategia' }),
    },
    {
      name: 'members',
      pl: 'członkowie',
      en: 'members',
      header: (l) => t(l)('directory:members_title'),
    },
    {
      name: 'partners',
      pl: 'partnerzy robotyka',
      en: 'partners robotyka',
      header: (l) => t(l)('directory:partners_title', { specialisation: 'robotyka' }),
    },
    { name: 'settings', pl: 'ustawienia', en: 'settings', header: (l) => t(l)('settings:title') },
  ];

async function ask(text: string, who: Member) {
  const answer = await harness.command(text, who);
  expect(answer.status).toBe(200);
  expect(answer.message?.response_type).toBe('ephemeral');
  expect(blockKitProblems(answer.message?.blocks, 'message')).toEqual([]);
  return { blocks: answer.message?.blocks ?? [], text: answer.message?.text ?? '' };
}

describe('/glokal in Polish and in English', () => {
  for (const command of subcommands) {
    it(`answers ${command.name} in Polish to “/glokal ${command.pl}”`, async () => {
      const { blocks } = await ask(command.pl, members.anna);
      expect(headerOf(blocks)).toBe(command.header('pl'));
    });

    it(`answers ${command.name} in English to “/glokal ${command.en}”`, async () => {
      const { blocks } = await ask(command.en, members.john);
      expect(headerOf(blocks)).toBe(command.header('en'));
    });
  }

  it('lets a coordinator subscribe and unsubscribe the channel, in either language', async () => {
    const subscribed = await ask('subskrybuj granty', members.kasia);
    expect(blockText(subscribed.blocks)).toContain(
      t('pl')('settings:subscribed', { topics: t('pl')('settings:topic.grants') }),
    );
    expect(
      await harness.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C0OGOLNY' }),
    ).toMatchObject({ topics: ['grants'] });
    // Emma is a workspace admin: Slack's own rights make her a coordinator.
    const unsubscribed = await ask('unsubscribe grants', members.emma);
    expect(headerOf(unsubscribed.blocks)).toBe(t('en')('settings:subscriptions_title'));
    expect(
      await harness.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C0OGOLNY' }),
    ).toBeUndefined();
  });

  it('counts the members of a coordinators’ user group as coordinators', async () => {
    const { blocks } = await ask('subscribe docs', members.jose);
    expect(headerOf(blocks)).toBe(t('en')('settings:subscriptions_title'));
    await ask('unsubscribe docs', members.jose);
    expect(
      await harness.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C0OGOLNY' }),
    ).toBeUndefined();
  });

  it('refuses subscribe and unsubscribe to a member, in words, and changes nothing', async () => {
    for (const [text, who, locale] of [
      ['subscribe events', members.john, 'en'],
      ['subskrybuj wydarzenia', members.anna, 'pl'],
      ['odsubskrybuj wydarzenia', members.anna, 'pl'],
    ] as const) {
      const { blocks } = await ask(text, who);
      expect(headerOf(blocks)).toBe(t(locale)('chat:problem.coordinator_only_title'));
    }
    expect(
      await harness.store.subscriptions.forChannel({ platform: 'slack', channelId: 'C0OGOLNY' }),
    ).toBeUndefined();
  });

  it('answers an unknown subcommand with help in the member’s language', async () => {
    const polish = await ask('wyrzuć wszystko', members.anna);
    expect(headerOf(polish.blocks)).toBe(t('pl')('chat:help.title'));
    expect(blockText(polish.blocks)).toContain(
      t('pl')('chat:problem.unknown_command', { word: 'wyrzuć' }),
    );
    const english = await ask('launch', members.john);
    expect(blockText(english.blocks)).toContain(
      t('en')('chat:problem.unknown_command', { word: 'launch' }),
    );
  });

  it('answers in English a member whose Slack speaks a language Glokal does not', async () => {
    const { blocks } = await ask('', members.jose);
    expect(headerOf(blocks)).toBe(t('en')('chat:help.title'));
  });

  it('prefers the language a member chose in Glokal over their Slack language', async () => {
    const before = await ask('events', members.emma);
    expect(headerOf(before.blocks)).toBe(t('en')('events:title'));
    const changed = await ask('settings language pl', members.emma);
    expect(blockText(changed.blocks)).toContain(t('pl')('settings:language_changed'));
    const after = await ask('events', members.emma);
    expect(headerOf(after.blocks)).toBe(t('pl')('events:title'));
  });

  it('shows times in the member’s Slack time zone', async () => {
    const polish = await ask('wydarzenie robotyki', members.anna);
    const english = await ask('event robotyki', members.john);
    expect(blockText(polish.blocks)).toContain('09:00–13:00');
    expect(blockText(english.blocks)).toContain('08:00–12:00');
  });

  it('asks Slack about a member once and remembers it', async () => {
    const asked = () =>
      harness.slack.callsTo('users.info').filter((call) => call.params['user'] === members.jose.id)
        .length;
    await ask('help', members.jose);
    await ask('help', members.jose);
    expect(asked()).toBe(1);
  });

  it('offers "Share in channel" on lists of the cluster, not on settings', async () => {
    const list = await ask('wydarzenia', members.anna);
    expect(findButton(list.blocks, t('pl')('slack:share'))).toBeDefined();
    const settings = await ask('settings', members.john);
    expect(findButton(settings.blocks, t('en')('slack:share'))).toBeUndefined();
  });
});

describe('hostile text', () => {
  it('shows a calendar event written to ping everyone inertly, within Block Kit limits', async () => {
    const { blocks, text } = await ask('event pilne', members.john);
    const shown = `${blockText(blocks)}\n${text}`;
    for (const raw of [
      '<!channel>',
      '<@U0ANNA>',
      '<http://evil.example|kliknij>',
      '<!here>',
      '*PILNE*',
      '\u0007',
      '\u202E',
    ]) {
      expect(shown).not.toContain(raw);
    }
    expect(shown).toContain('&lt;!channel&gt;');
    expect(HOSTILE_TITLE).toContain('<!channel>');
  });

  it('answers typed control characters, mentions and markdown without echoing them raw, and 10 kB of them with the length limit', async () => {
    const hostile = `docs ${'<!channel> <@U123> *bold* _x_ <http://x|y> \u0000\u001b[31m '.repeat(250)}`;
    for (const length of [2_900, 10_000]) {
      const { blocks, text } = await ask(hostile.slice(0, length), members.anna);
      const shown = `${blockText(blocks)}\n${text}`;
      for (const raw of ['<!channel>', '<@U123>', '<http://x|y>', '\u0000', '\u001b'])
        expect(shown).not.toContain(raw);
      if (length < 3_000) expect(headerOf(blocks)).toBe(t('pl')('chat:problem.title'));
      else expect(shown).toContain(t('pl')('slack:command_too_long', { max: 3000 }));
    }
  });
});
