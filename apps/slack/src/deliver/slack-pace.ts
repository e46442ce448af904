import type { DeliveryConsumerOptions } from '@glokal/queue/delivery';

/**
 * Slack's posting limit is about one message per second per channel (short bursts aside):
 * the delivery consumer keeps that pace for each channel, and for each person's DM (a direct
 * message's `channelId` is the person's user id), across every process taking deliveries.
 */
export const slackPace = {
  key: (job) => job.channelId,
  everyMs: 1000,
} satisfies NonNullable<DeliveryConsumerOptions['pace']>;
