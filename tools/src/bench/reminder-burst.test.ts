import { describe, expect, it } from 'vitest';
import { runReminderBurst } from './reminder-burst';

describe('the reminder burst, small', () => {
  it('delivers each of 2 channels × 3 reminders once through the worker and both apps, limits on, and counts them so', async () => {
    const result = await runReminderBurst({
      perChannel: 3,
      slackChannels: 1,
      discordChannels: 1,
      leadMs: 3_000,
      report: () => undefined,
    });
    expect(result.settled).toBe(true);
    expect(result.reminders).toBe(6);
    expect(result.slack).toMatchObject({ delivered: 3, lost: [], duplicates: 0 });
    expect(result.discord).toMatchObject({ delivered: 3, lost: [], duplicates: 0 });
    expect(result.slack.firstPerChannel.size).toBe(1);
    expect(result.discord.firstPerChannel.size).toBe(1);
    expect(result.claimLateness).toHaveLength(6);
  }, 60_000);
});
