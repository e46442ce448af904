import { readFile } from 'node:fs/promises';
import type { FakeDiscord } from '@glokal/testing/discord';
import type { FakeGoogle } from '@glokal/testing/google';
import { within, type WatchedProcess } from '@glokal/testing/process';
import type { FakeSlack } from '@glokal/testing/slack';

/** The fakes the benchmarked apps talk to, on loopback. */
export interface BenchFakes {
  slack: FakeSlack;
  discord: FakeDiscord;
  google: FakeGoogle;
  slackBotToken: string;
  slackSigningSecret: string;
  calendarId: string;
}

/** Each app's own environment against the fakes (`common` holds the store and Redis). */
export function appEnvironments(fakes: BenchFakes) {
  return {
    worker: {
      GOOGLE_CALENDAR_ID: fakes.calendarId,
      GOOGLE_ACCESS_TOKEN: 'ya29.bench',
      GOOGLE_API_ROOT_URL: fakes.google.rootUrl,
      SYNC_CALENDAR_EVERY: '2s',
      GOOGLE_DRIVE_ID: '',
      GOOGLE_DRIVE_FOLDER_ID: '',
    },
    slack: {
      SLACK_BOT_TOKEN: fakes.slackBotToken,
      SLACK_SIGNING_SECRET: fakes.slackSigningSecret,
      SLACK_API_URL: fakes.slack.apiUrl,
      SLACK_PORT: '0',
    },
    discord: {
      DISCORD_TOKEN: fakes.discord.token,
      DISCORD_APPLICATION_ID: fakes.discord.applicationId,
      DISCORD_GUILD_ID: fakes.discord.guildId,
      DISCORD_API_URL: fakes.discord.apiUrl,
    },
  };
}

/** Resident memory of a process now, in MB (Linux `/proc`). */
export async function residentMb(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined) return undefined;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The first log line of a process with this message, once it is logged. */
export async function started(
  app: WatchedProcess,
  message: string,
): Promise<Record<string, unknown>> {
  return within(90_000, message, () => {
    if (app.hasExited()) throw new Error(`a process exited:\n${app.tail()}`);
    return app.logged().find((line) => line['msg'] === message);
  });
}
