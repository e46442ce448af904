import { z } from 'zod';
import { Locale, TimeZone } from '@glokal/domain';
import { Duration } from './duration';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url().optional())
  .optional();
const port = z.coerce.number().int().min(0).max(65535);
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/** The environment as CONTRACT.md names it. Unknown variables are ignored. */
export const Environment = z.object({
  DATABASE_URL: optionalUrl,
  DATA_DIR: z.string().trim().min(1).default('./data'),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_{}:.-]+$/, 'letters, digits and _ - . : { } only')
    .default('glokal'),
  CLUSTER_TIMEZONE: TimeZone.default('Europe/Warsaw'),
  DEFAULT_LOCALE: Locale.default('pl'),
  HTTP_PORT: port.default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_PORT: port.default(3001),
  SLACK_API_URL: optionalUrl,
  SLACK_COORDINATORS: list,

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_API_URL: optionalUrl,
  DISCORD_COORDINATOR_ROLE: optionalText,

  GOOGLE_CALENDAR_ID: optionalText,
  GOOGLE_DRIVE_ID: optionalText,
  GOOGLE_DRIVE_FOLDER_ID: optionalText,
  GOOGLE_APPLICATION_CREDENTIALS: optionalText,
  GOOGLE_IMPERSONATE: optionalText,
  GOOGLE_ACCESS_TOKEN: optionalText,
  GOOGLE_API_ROOT_URL: optionalUrl,
  SYNC_CALENDAR_EVERY: Duration.default(5 * 60_000),
  SYNC_DRIVE_EVERY: Duration.default(10 * 60_000),
});
export type Environment = z.infer<typeof Environment>;

/** The validated configuration, grouped by the part of Glokal that uses it. */
export interface GlokalConfig {
  database: { url?: string; dataDir: string };
  redis: { url: string; queuePrefix: string };
  cluster: { timeZone: string; defaultLocale: Locale };
  http: { port: number };
  logLevel: Environment['LOG_LEVEL'];
  /** Absent when the Slack app is not configured. */
  slack?: {
    botToken: string;
    signingSecret: string;
    appToken?: string;
    port: number;
    apiUrl?: string;
    coordinators: string[];
  };
  /** Absent when the Discord bot is not configured. */
  discord?: {
    token: string;
    applicationId: string;
    guildId?: string;
    apiUrl?: string;
    coordinatorRole?: string;
  };
  google: {
    calendarId?: string;
    driveId?: string;
    driveFolderId?: string;
    credentialsFile?: string;
    impersonate?: string;
    accessToken?: string;
    apiRootUrl?: string;
    syncCalendarEveryMs: number;
    syncDriveEveryMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Glokal cannot start: the configuration has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/**
 * Reads and checks the configuration. Every problem is reported at once, by variable name,
 * and never with a secret's value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GlokalConfig {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`,
      ),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (Boolean(e.SLACK_BOT_TOKEN) !== Boolean(e.SLACK_SIGNING_SECRET) && !e.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET go together: set both to start the Slack app, or neither',
    );
  }
  if (Boolean(e.DISCORD_TOKEN) !== Boolean(e.DISCORD_APPLICATION_ID)) {
    problems.push(
      'DISCORD_TOKEN and DISCORD_APPLICATION_ID go together: set both to start the Discord bot, or neither',
    );
  }
  if (e.GOOGLE_DRIVE_ID && e.GOOGLE_DRIVE_FOLDER_ID) {
    problems.push(
      'set GOOGLE_DRIVE_ID (a shared drive) or GOOGLE_DRIVE_FOLDER_ID (one folder), not both',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const slackReady = e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN);
  return {
    database: defined({ url: e.DATABASE_URL, dataDir: e.DATA_DIR }),
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX },
    cluster: { timeZone: e.CLUSTER_TIMEZONE, defaultLocale: e.DEFAULT_LOCALE },
    http: { port: e.HTTP_PORT },
    logLevel: e.LOG_LEVEL,
    ...(slackReady && e.SLACK_BOT_TOKEN
      ? {
          slack: defined({
            botToken: e.SLACK_BOT_TOKEN,
            signingSecret: e.SLACK_SIGNING_SECRET ?? '',
            appToken: e.SLACK_APP_TOKEN,
            port: e.SLACK_PORT,
            apiUrl: e.SLACK_API_URL,
            coordinators: e.SLACK_COORDINATORS,
          }),
        }
      : {}),
    ...(e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          discord: defined({
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiUrl: e.DISCORD_API_URL,
            coordinatorRole: e.DISCORD_COORDINATOR_ROLE,
          }),
        }
      : {}),
    google: defined({
      calendarId: e.GOOGLE_CALENDAR_ID,
      driveId: e.GOOGLE_DRIVE_ID,
      driveFolderId: e.GOOGLE_DRIVE_FOLDER_ID,
      credentialsFile: e.GOOGLE_APPLICATION_CREDENTIALS,
      impersonate: e.GOOGLE_IMPERSONATE,
      accessToken: e.GOOGLE_ACCESS_TOKEN,
      apiRootUrl: e.GOOGLE_API_ROOT_URL,
      syncCalendarEveryMs: e.SYNC_CALENDAR_EVERY,
      syncDriveEveryMs: e.SYNC_DRIVE_EVERY,
    }),
  };
}
