import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ApplicationCommandOptionType } from 'discord.js';
import { catalogue, formCatalogue } from '@glokal/chat';
import { fixedClock } from '@glokal/domain';
import { createTestStore, type TestStore } from '@glokal/testing/store';
import {
  fakeCoordinatorRoleId,
  type FakeInteraction,
  type FakeMessage,
  type InteractionActor,
} from '@glokal/testing/discord';
import { loadSeason, SEASON_NOW } from '@glokal/chat/testing';
import { buildCommandDefinitions } from './command-definitions';
import { embedText, startBotOnFake, type BotOnFake } from './testing/bot-on-fake.fixture';

/**
 * Interactions whose content is anything a client could send: slash-command options with any
 * text where the bot reads text, button presses with any `custom_id`, autocomplete with any
 * typed text, and modal submits nobody was shown. The bot answers each within Discord's
 * window, what it shows never leaks `[object …]`, `undefined` or `NaN`, a plain member's
 * forged form writes nothing, and a plain command still works afterwards.
 * `DISCORD_PAYLOADS_SEED=<seed>` replays a failure fast-check reports.
 */
const SEED = Number(process.env['DISCORD_PAYLOADS_SEED'] ?? 20_261_204);
/** Each case is a real gateway dispatch, handled by discord.js and the store. */
const RUNS = 250;
/** Generous on a busy machine: the bot answers well within Discord's 3 s. */
const ANSWER_WITHIN_MS = 15_000;

let test: TestStore;
let on: BotOnFake;
let shared: FakeMessage;

const tom: InteractionActor = { userId: '3100000000000000001', username: 'Tom', locale: 'en-US' };
const ola: InteractionActor = { userId: '3100000000000000002', username: 'Ola', locale: 'pl' };
const kasia: InteractionActor = {
  userId: '3100000000000000003',
  username: 'Kasia',
  locale: 'pl',
  roles: [fakeCoordinatorRoleId],
};

beforeAll(async () => {
  test = await createTestStore({ clock: fixedClock(SEASON_NOW) });
  await loadSeason(test.store);
  on = await startBotOnFake(test.store, { coordinatorRole: fakeCoordinatorRoleId });
  shared = (await on.ask(tom, 'events')).message;
});
afterAll(async () => {
  await on?.close();
  await test?.close();
});

/** Every subcommand of `/glokal` with the names of its text options, as registered. */
const subcommands = buildCommandDefinitions(catalogue).flatMap((command) =>
  (command.options ?? []).flatMap((sub) =>
    sub.type === ApplicationCommandOptionType.Subcommand
      ? [
          {
            name: sub.name,
            texts: (sub.options ?? [])
              .filter((option) => option.type === ApplicationCommandOptionType.String)
              .map((option) => option.name),
          },
        ]
      : [],
  ),
);

const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom(
    '',
    '\u0000',
    '__proto__',
    'constructor',
    '%',
    '_',
    '0000-01-01',
    '9999-99-99',
    '{"a":1}',
    'null',
    '-1',
    '@everyone',
    '<@&1180000000000000004>',
  ),
);
/** Discord refuses option text over the option's 200 characters before the bot sees it. */
const optionText = fc.oneof(junk, fc.constant('x'.repeat(200)));
const actor = fc.constantFrom(tom, ola, kasia);

const leaks = /\[object|undefined|NaN|Invalid DateTime/;

/** What the answer shows, once it is final (a deferred answer is edited in later). */
async function shownText(interaction: FakeInteraction): Promise<string | undefined> {
  const callback = await on.fake.waitForCallback(interaction, ANSWER_WITHIN_MS);
  if (callback.type !== 4 && callback.type !== 5 && callback.type !== 7) return undefined;
  const message = await on.fake.waitForOriginal(
    interaction,
    (candidate) => candidate.embeds.length > 0 || candidate.content !== '',
    ANSWER_WITHIN_MS,
  );
  return [message.content, embedText(message)].join('\n');
}

async function expectAnsweredCleanly(interaction: FakeInteraction) {
  const text = await shownText(interaction);
  if (text !== undefined) expect(text).not.toMatch(leaks);
}

/** A plain command still gets its reply: nothing before it broke the bot. */
async function expectStillAnswering() {
  const answer = await on.ask(tom, 'help');
  expect(answer.callbackType).toBe(4);
  expect(embedText(answer.message)).not.toBe('');
}

/** What a plain member must never change: the cluster's events, calls, documents and channels. */
async function coordinatorData(): Promise<string> {
  const tables = ['events', 'grant_calls', 'documents', 'organisations', 'subscriptions', 'outbox'];
  const rows = await Promise.all(
    tables.map((table) =>
      test.opened.query(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from ${table} t`,
      ),
    ),
  );
  return rows.map((row) => String(row[0]?.['digest'])).join(' ');
}

describe('the Discord bot given arbitrary interactions', () => {
  it('answers every subcommand with any option text', { timeout: 240_000 }, async () => {
    const command = fc.constantFrom(...subcommands).chain(({ name, texts }) =>
      fc.record({
        name: fc.constant(name),
        options: fc.record(Object.fromEntries(texts.map((text) => [text, optionText])), {
          requiredKeys: [],
        }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(actor, command, async (who, { name, options }) => {
        const interaction = on.fake.slash(who, {
          command: 'glokal',
          subcommand: name,
          options: options as Record<string, string>,
        });
        await expectAnsweredCleanly(interaction);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    await expectStillAnswering();
  });

  it(
    'suggests for any typed text, or answers with no suggestions',
    { timeout: 120_000 },
    async () => {
      const typed = fc.record({
        focus: fc.constantFrom(
          ['events', 'period'],
          ['event', 'name'],
          ['grant', 'name'],
        ) as fc.Arbitrary<[string, string]>,
        text: optionText,
      });
      await fc.assert(
        fc.asyncProperty(actor, typed, async (who, { focus: [subcommand, option], text }) => {
          const interaction = on.fake.autocomplete(who, {
            command: 'glokal',
            subcommand,
            options: { [option]: text },
            focused: option,
          });
          const callback = await on.fake.waitForCallback(interaction, ANSWER_WITHIN_MS);
          expect(callback.type).toBe(8);
          const choices = (callback.data as { choices?: { name: string }[] }).choices ?? [];
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const choice of choices) expect(choice.name).not.toMatch(leaks);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
  );

  it('answers button presses with any custom id', { timeout: 240_000 }, async () => {
    // The action codes a button carries (`a|1|<event>`, `r|events|2|…`, `o|<form>|0|`…), then junk.
    const prefixes = ['r|', 'r|events|', 'a|1|', 'a|m|', 'a|0|', 'p|0|', 'x|', 'f|1|', 'l|', 'o|'];
    const customId = fc
      .oneof(
        junk,
        fc.tuple(fc.constantFrom(...prefixes), junk).map(([prefix, rest]) => prefix + rest),
        fc
          .tuple(fc.constantFrom(...formCatalogue.map((form) => form.id)), junk)
          .map(([form, rest]) => `o|${form}|0|${rest}`),
        fc.constantFrom('s', 'n', 'c|', 'w|', 'd|grant-add|0||x', 'm|grant-add|0|'),
      )
      .map((id) => id.slice(0, 100) || 'x');
    await fc.assert(
      fc.asyncProperty(actor, customId, async (who, id) => {
        await expectAnsweredCleanly(on.fake.press(who, shared.id, id));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    await expectStillAnswering();
  });

  it(
    'answers forged form submissions, and a plain member’s change nothing',
    { timeout: 240_000 },
    async () => {
      const before = await coordinatorData();
      const fieldName = fc.oneof(
        junk,
        fc.constantFrom('title', 'kind', 'start', 'date', 'time', 'deadline', 'capacity'),
      );
      const submission = fc.record({
        who: fc.constantFrom(tom, ola),
        customId: fc
          .oneof(
            junk,
            fc
              .tuple(
                fc.constantFrom(...formCatalogue.map((form) => form.id)),
                fc.constantFrom('0', '1', '2', '9', 'x'),
                junk,
              )
              .map(([form, section, subject]) => `m|${form}|${section}|${subject}`),
          )
          .map((id) => id.slice(0, 100) || 'x'),
        values: fc.dictionary(
          fieldName.filter((name) => name !== ''),
          fc.string({ maxLength: 300 }),
          { maxKeys: 5 },
        ),
      });
      await fc.assert(
        fc.asyncProperty(submission, async ({ who, customId, values }) => {
          await expectAnsweredCleanly(on.fake.forgeModalSubmit(who, customId, values));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(await coordinatorData()).toBe(before);
      await expectStillAnswering();
    },
  );
});
