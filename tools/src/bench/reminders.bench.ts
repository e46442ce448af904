import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { queues, removePrefixedKeys } from '@glokal/queue';
import type { Benchmark } from './benchmark';
import { runBareDelayedJobs } from './bare-delayed-jobs';
import { milliseconds, percentile } from './latency';
import { runReminderBurst, type BurstResult } from './reminder-burst';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const LEAD_MS = 10_000;

/**
 * The burst's size, from the environment: `BENCH_REMINDERS_PER_CHANNEL` (default 50) and
 * `BENCH_REMINDER_CHANNELS` (default 200, half Slack, half Discord). 10,000 reminders by default.
 */
const Size = z.object({
  BENCH_REMINDERS_PER_CHANNEL: z.coerce.number().int().positive().default(50),
  BENCH_REMINDER_CHANNELS: z.coerce.number().int().min(2).default(200),
});

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const count = (value: number) => value.toLocaleString('en');
const spread = (samples: readonly number[]) =>
  samples.length === 0
    ? 'none'
    : `p50 ${milliseconds(percentile(samples, 50))}, p99 ${milliseconds(percentile(samples, 99))}`;

/** Events per second from the first sample to the last. */
const rate = (samples: readonly number[]) => {
  const span = Math.max(...samples) - Math.min(...samples);
  return samples.length < 2 || span <= 0 ? 'n/a' : ((samples.length / span) * 1000).toFixed(0);
};

function lines(result: BurstResult, size: { slack: number; discord: number }): string[] {
  const { slack, discord, dueAt, floor } = result;
  const last = (at: number | undefined) => (at === undefined ? 'nothing' : seconds(at - dueAt));
  const lastAt = Math.max(slack.lastAt ?? dueAt, discord.lastAt ?? dueAt);
  const floorMs = Math.max(floor.slackMs, floor.discordMs);
  const lost = slack.lost.length + discord.lost.length;
  const firsts = [...slack.firstPerChannel.values(), ...discord.firstPerChannel.values()].map(
    (at) => at - dueAt,
  );
  return [
    `reminders burst: ${count(result.reminders)} grant-deadline reminders due at one instant T over ${size.slack} Slack + ${size.discord} Discord channels (${result.storeKind}, platform limits on in the fakes), scheduled in ${seconds(result.schedulingMs)}, ${seconds(result.scheduledBeforeDueMs)} before T${result.settled ? '' : ' — gave up waiting: the figures below are of what arrived'}`,
    `reminders T → last message at the fakes: ${last(lastAt)} (Slack ${last(slack.lastAt)}, Discord ${last(discord.lastAt)}) — floor the limits allow: ${seconds(floorMs)} (${floor.explanation})`,
    `reminders duplicates at the fakes (messages per delivery key: Slack metadata, Discord nonce): ${slack.duplicates + discord.duplicates} (Slack ${slack.duplicates}, Discord ${discord.duplicates}) — target: 0`,
    `reminders lost (keys never delivered): ${lost} of ${count(result.reminders)} (Slack ${slack.lost.length}, Discord ${discord.lost.length}) — target: 0`,
    `reminders first message per channel, lateness from T: ${spread(firsts)} over ${firsts.length} channels — reference: bare BullMQ below`,
    `reminders worker's claim of each delivery (reminder job done), lateness from T: ${spread(result.claimLateness)} over ${count(result.claimLateness.length)}, ${rate(result.claimLateness)} reminders/s — reference: bare BullMQ below`,
    `reminders platform calls per delivery ${result.triesPerDelivery.toFixed(2)}; 429s answered: Slack ${count(result.slack429)}, Discord ${count(result.discord429.global)} global and ${count(result.discord429.route)} channel — reference: 1.00 and none`,
  ];
}

/**
 * A burst of grant-deadline reminders due at the same instant, through the worker and both
 * chat apps' delivery consumers to fakes enforcing the platforms' limits: time to the last
 * message against the floor those limits allow, duplicates and losses per delivery key, and
 * lateness of each channel's first message against bare BullMQ's delayed jobs in the same run.
 */
export const remindersBenchmark: Benchmark = {
  name: 'reminders',
  async run(report) {
    const env = Size.parse(process.env);
    const perChannel = env.BENCH_REMINDERS_PER_CHANNEL;
    const slackChannels = Math.ceil(env.BENCH_REMINDER_CHANNELS / 2);
    const discordChannels = env.BENCH_REMINDER_CHANNELS - slackChannels;
    const total = perChannel * env.BENCH_REMINDER_CHANNELS;
    const redis = { url: REDIS_URL, prefix: `bench-${randomUUID()}` };
    try {
      const concurrency = queues.grantReminders.concurrency;
      const bare = await runBareDelayedJobs(redis, {
        count: total,
        leadMs: LEAD_MS,
        concurrency,
        timeoutMs: 120_000,
      });
      const result = await runReminderBurst(
        { perChannel, slackChannels, discordChannels, leadMs: LEAD_MS, report },
        redis,
      );
      for (const line of lines(result, { slack: slackChannels, discord: discordChannels }))
        report(line);
      report(
        `bullmq bare delayed jobs, ${count(bare.lateness.length)} of ${count(total)} empty jobs due at one instant, concurrency ${concurrency} (the reminder queue's): lateness ${spread(bare.lateness)}, last ${milliseconds(bare.lastMs)} (added ${seconds(bare.addedBeforeDueMs)} before due) — reference for the lateness lines above`,
      );
    } finally {
      await removePrefixedKeys(redis);
    }
  },
};
