import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type InteractionReplyOptions,
} from 'discord.js';
import { createLogger } from '@glokal/config';
import { fixedClock } from '@glokal/domain';
import { startFakeDiscord, type FakeDiscord, type FakeInteraction } from '@glokal/testing/discord';
import { fillCatalogue } from '@glokal/testing/store';
// A benchmark drives the app end to end, as `npm start` does; Nx forbids importing apps from libraries otherwise.
import { startDiscordBot } from '@glokal/discord';
import type { Benchmark } from './benchmark';
import { openBenchStore } from './bench-store';
import { milliseconds, percentile } from './latency';

const EVENTS = 10_000;
const CALLS = 1_000;
const WARM_UP = 50;
/** Interactions in flight at once in the concurrent runs, and how many such waves. */
const CONCURRENT = 20;
const WAVES = 25;
const NOW = new Date('2026-06-12T08:00:00Z');
const ZONE = 'Europe/Warsaw';
const DEADLINE = "Discord's deadline: 3000 ms to the first answer";

type Dispatch = (fake: FakeDiscord, index: number) => FakeInteraction;

/** Dispatches interactions one after another; each sample is dispatch → callback at the fake's REST. */
async function sample(
  fake: FakeDiscord,
  calls: number,
  dispatch: Dispatch,
): Promise<{ samples: number[]; deferred: number }> {
  const samples: number[] = [];
  let deferred = 0;
  for (let index = 0; index < calls; index += 1) {
    const interaction = dispatch(fake, index);
    const callback = await fake.waitForCallback(interaction, 10_000);
    samples.push(callback.at - interaction.dispatchedAt);
    if (callback.type === 5 || callback.type === 6) deferred += 1;
  }
  return { samples, deferred };
}

/**
 * Dispatches waves of `concurrency` interactions at once, each wave after the last is answered;
 * each sample is still dispatch → callback, so queueing inside the bot shows in it.
 */
async function sampleConcurrently(
  fake: FakeDiscord,
  waves: number,
  concurrency: number,
  dispatch: Dispatch,
): Promise<{ samples: number[]; deferred: number }> {
  const samples: number[] = [];
  let deferred = 0;
  for (let wave = 0; wave < waves; wave += 1) {
    const interactions = Array.from({ length: concurrency }, (_, index) =>
      dispatch(fake, wave * concurrency + index),
    );
    const callbacks = await Promise.all(
      interactions.map((interaction) => fake.waitForCallback(interaction, 10_000)),
    );
    callbacks.forEach((callback, index) => {
      samples.push(callback.at - (interactions[index]?.dispatchedAt ?? callback.at));
      if (callback.type === 5 || callback.type === 6) deferred += 1;
    });
  }
  return { samples, deferred };
}

function line(
  label: string,
  result: { samples: number[]; deferred: number },
  reference: string,
): string {
  const { samples, deferred } = result;
  return `${label}: p50 ${milliseconds(percentile(samples, 50))}, p99 ${milliseconds(percentile(samples, 99))} over ${samples.length} interactions, ${deferred} deferred (${reference})`;
}

/** What a reference bot answers a command with. */
type ConstantAnswer = InteractionReplyOptions & { flags: MessageFlags.Ephemeral };

/**
 * The reference: the real discord.js client on the same fake, answering every command with a
 * constant (a string, or a stored copy of Glokal's own answer, so that the fake's work on a
 * message of that size is in the reference too).
 */
async function startConstantBot(
  fake: FakeDiscord,
  answer: ConstantAnswer = { content: 'hello', flags: MessageFlags.Ephemeral },
): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) void interaction.reply(answer);
    else if (interaction.isAutocomplete())
      void interaction.respond([{ name: 'hello', value: 'hello' }]);
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(fake.token);
  await ready;
  return client;
}

function ratioOfP99(ours: { samples: number[] }, reference: { samples: number[] }): string {
  return (percentile(ours.samples, 99) / percentile(reference.samples, 99)).toFixed(2);
}

/** The answer Glokal gave `interaction`, as a reply a reference bot can send as it is. */
async function answerOf(fake: FakeDiscord, interaction: FakeInteraction): Promise<ConstantAnswer> {
  const callback = await fake.waitForCallback(interaction, 10_000);
  const data = callback.data as InteractionReplyOptions;
  return { ...data, flags: MessageFlags.Ephemeral };
}

const events: Dispatch = (fake, index) =>
  fake.slash(
    {
      userId: `40000000000000${String(index % 50).padStart(4, '0')}`,
      locale: index % 2 === 0 ? 'pl' : 'en-US',
    },
    {
      command: 'glokal',
      subcommand: 'events',
    },
  );

const autocomplete: Dispatch = (fake, index) =>
  fake.autocomplete(
    { userId: `40000000000000${String(index % 50).padStart(4, '0')}`, locale: 'pl' },
    {
      command: 'glokal',
      subcommand: 'event',
      options: { name: ['szko', 'konf', 'warsz', 'semi'][index % 4] ?? 'szko' },
      focused: 'name',
    },
  );

/**
 * The Discord path end to end: INTERACTION_CREATE dispatched through the fake gateway into the
 * real discord.js client and the bot (person and language lookup, the catalogue on 10,000
 * events, embeds), timed until the interaction callback reaches the fake REST. Reference: the
 * same client and fake answering a constant string, in the same run.
 */
export const discordBenchmark: Benchmark = {
  name: 'discord',
  async run(report) {
    const opened = await openBenchStore('discord', report, {
      clock: fixedClock(NOW),
      clusterTimeZone: ZONE,
    });
    const fake = await startFakeDiscord({ interactionDeadlineMs: 60_000 });
    try {
      await fillCatalogue(
        opened.store,
        { events: EVENTS, grants: 100, documents: 100, organisations: 100 },
        fixedClock(NOW),
      );
      const setting = `${EVENTS} events on ${opened.kind}`;
      const bot = await startDiscordBot({
        discord: {
          token: fake.token,
          applicationId: fake.applicationId,
          guildIds: [fake.guildId],
          apiUrl: fake.apiUrl,
        },
        cluster: { timeZone: ZONE },
        store: opened.store,
        clock: fixedClock(NOW),
        logger: createLogger({ level: 'silent' }),
      });
      let commandResult;
      let concurrentResult;
      let autocompleteResult;
      let glokalAnswer: ConstantAnswer | undefined;
      try {
        await sample(fake, WARM_UP, events);
        commandResult = await sample(fake, CALLS, events);
        concurrentResult = await sampleConcurrently(fake, WAVES, CONCURRENT, events);
        await sample(fake, WARM_UP, autocomplete);
        autocompleteResult = await sample(fake, CALLS, autocomplete);
        glokalAnswer = await answerOf(fake, events(fake, 0));
      } finally {
        await bot.stop();
      }
      const copy = await startConstantBot(fake, glokalAnswer);
      let copyConcurrent;
      try {
        await sample(fake, WARM_UP, events);
        copyConcurrent = await sampleConcurrently(fake, WAVES, CONCURRENT, events);
      } finally {
        await copy.destroy();
      }
      const constant = await startConstantBot(fake);
      let constantCommand;
      let constantConcurrent;
      let constantAutocomplete;
      try {
        await sample(fake, WARM_UP, events);
        constantCommand = await sample(fake, CALLS, events);
        constantConcurrent = await sampleConcurrently(fake, WAVES, CONCURRENT, events);
        constantAutocomplete = await sample(fake, CALLS, autocomplete);
      } finally {
        await constant.destroy();
      }
      report(
        line(`discord /glokal events, dispatch → callback (${setting})`, commandResult, DEADLINE),
      );
      report(
        line(
          'discord same path, handler replies a constant string (reference)',
          constantCommand,
          'reference',
        ),
      );
      report(
        line(
          `discord /glokal events, ${CONCURRENT} at once (${setting})`,
          concurrentResult,
          DEADLINE,
        ),
      );
      report(
        line(
          `discord same path ${CONCURRENT} at once, constant string (reference)`,
          constantConcurrent,
          'reference',
        ),
      );
      report(
        line(
          `discord same path ${CONCURRENT} at once, a stored copy of Glokal's answer (reference)`,
          copyConcurrent,
          'reference',
        ),
      );
      report(
        `discord ${CONCURRENT} at once, p99 ÷ reference: ${ratioOfP99(concurrentResult, constantConcurrent)} against the constant string, ${ratioOfP99(concurrentResult, copyConcurrent)} against the copy of Glokal's answer (target: ≤ 2)`,
      );
      report(
        line(
          `discord autocomplete event name, dispatch → choices (${setting})`,
          autocompleteResult,
          DEADLINE,
        ),
      );
      report(
        line('discord same path, constant choice (reference)', constantAutocomplete, 'reference'),
      );
    } finally {
      await fake.close();
      await opened.close();
    }
  },
};
