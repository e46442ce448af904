import { z } from 'zod';
import { defaultWorkingHours, Locale, TimeZone, type WorkingHours } from '@glokal/domain';
import { Duration } from './duration';
import { readSecretFiles } from './secret-files';
import { WorkingHoursSetting } from './working-hours';

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
const optionalPort = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.coerce.number<string | undefined>().int().min(0).max(65535).optional())
  .optional();
/** An http(s) address without a trailing slash, so paths can be put after it. */
const optionalPublicUrl = optionalUrl
  .refine(
    (value) =>
      value === undefined || (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)),
    'an http:// or https:// address',
  )
  .transform((value) => value?.replace(/\/+$/, ''));
const list = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/**
 * Whether a listening address keeps a port to this machine (`127.0.0.0/8`, `::1`, `localhost`).
 * Anything else is reachable from the network, so the operations port then needs a token.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return (
    bare === 'localhost' ||
    bare === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(bare) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(bare)
  );
}

/** The shortest operations token accepted: long enough that guessing it is hopeless. */
export const minimumOperationsTokenLength = 16;

/**
 * The environment Glokal reads, by the names README's configuration table documents.
 * Unknown variables are ignored.
 */
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
  WORKING_HOURS: WorkingHoursSetting.default(() => ({
    ...defaultWorkingHours,
    days: [...defaultWorkingHours.days],
  })),
  HTTP_PORT: port.default(3000),
  OPERATIONS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  OPERATIONS_TOKEN: optionalText,
  PUBLIC_PORT: optionalPort,
  PUBLIC_HOST: z.string().trim().min(1).default('0.0.0.0'),
  PUBLIC_URL: optionalPublicUrl,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_PORT: port.default(3001),
  SLACK_API_URL: optionalUrl,
  SLACK_COORDINATORS: list,
  SLACK_TEAM_ID: optionalText,

  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_GUILD_ID: list,
  DISCORD_API_URL: optionalUrl,
  DISCORD_COORDINATOR_ROLE: optionalText,

  GOOGLE_CALENDAR_ID: optionalText,
  GOOGLE_DRIVE_ID: optionalText,
  GOOGLE_DRIVE_FOLDER_ID: optionalText,
  GOOGLE_APPLICATION_CREDENTIALS: optionalText,
  GOOGLE_IMPERSONATE: optionalText,
  GOOGLE_ACCESS_TOKEN: optionalText,
  GOOGLE_API_ROOT_URL: optionalUrl,
  GOOGLE_SEND_UPDATES: z.enum(['all', 'externalOnly', 'none']).default('all'),
  SYNC_CALENDAR_EVERY: Duration.default(5 * 60_000),
  SYNC_DRIVE_EVERY: Duration.default(10 * 60_000),
});
export type Environment = z.infer<typeof Environment>;

/** The validated configuration, grouped by the part of Glokal that uses it. */
export interface GlokalConfig {
  database: { url?: string; dataDir: string };
  redis: { url: string; queuePrefix: string };
  /**
   * `publicUrl` is where people reach the public port (`PUBLIC_URL`, no trailing slash): the
   * chat apps build calendar feed links from it, and show none when it is unset.
   */
  cluster: { timeZone: string; defaultLocale: Locale; publicUrl?: string };
  /** When meeting suggestions may fall (`WORKING_HOURS`), in the cluster's zone. */
  scheduling: { workingHours: WorkingHours };
  /**
   * The operations port (health, readiness, metrics, queue dashboard). `token`, when set, is
   * asked of every request but `/healthz` and `/readyz`; it is required off loopback.
   */
  http: { port: number; host: string; token?: string };
  /**
   * The public port of the worker (`PUBLIC_PORT`): calendar feeds, nothing else. Absent when
   * `PUBLIC_PORT` is unset: then no feeds are served.
   */
  public?: { port: number; host: string };
  logLevel: Environment['LOG_LEVEL'];
  /** Absent when the Slack app is not configured. */
  slack?: {
    botToken: string;
    signingSecret: string;
    appToken?: string;
    port: number;
    apiUrl?: string;
    coordinators: string[];
    /** The cluster's workspace; when unset, the one the bot token belongs to (`auth.test`). */
    teamId?: string;
  };
  /** Absent when the Discord bot is not configured. */
  discord?: {
    token: string;
    applicationId: string;
    /** The cluster's servers: the bot serves these and no other. Never empty. */
    guildIds: string[];
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
    /** Whom Google e-mails when a meeting is written, moved or cancelled (`GOOGLE_SEND_UPDATES`). */
    sendUpdates: 'all' | 'externalOnly' | 'none';
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
 * and never with a secret's value. A secret may come from a file instead (`<NAME>_FILE`, see
 * `secretVariables`); what the file holds is checked here as the variable would be.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  readFile?: (path: string) => string,
): GlokalConfig {
  const secrets = readSecretFiles(env, readFile);
  const parsed = Environment.safeParse(secrets.env);
  const named = (variable: string) =>
    (secrets.fromFile as string[]).includes(variable)
      ? `${variable} (read from ${variable}_FILE)`
      : variable;
  if (!parsed.success || secrets.problems.length > 0) {
    throw new ConfigError([
      ...secrets.problems,
      ...(parsed.error?.issues ?? []).map(
        (issue) => `${named(issue.path.join('.')) || '(environment)'}: ${issue.message}`,
      ),
    ]);
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
  if (e.DISCORD_TOKEN && e.DISCORD_GUILD_ID.length === 0) {
    problems.push(
      "DISCORD_GUILD_ID: set the id of the cluster's Discord server (several: comma-separated); the bot serves only those servers",
    );
  }
  if (!isLoopbackHost(e.OPERATIONS_HOST) && !e.OPERATIONS_TOKEN) {
    problems.push(
      `OPERATIONS_TOKEN: the operations port listens on ${e.OPERATIONS_HOST}, beyond this machine; set a long random token (e.g. \`openssl rand -hex 32\`), or OPERATIONS_HOST=127.0.0.1`,
    );
  }
  if (e.OPERATIONS_TOKEN && e.OPERATIONS_TOKEN.length < minimumOperationsTokenLength) {
    problems.push(
      `OPERATIONS_TOKEN: use at least ${minimumOperationsTokenLength} characters (e.g. \`openssl rand -hex 32\`)`,
    );
  }
  if (e.GOOGLE_DRIVE_ID && e.GOOGLE_DRIVE_FOLDER_ID) {
    problems.push(
      'set GOOGLE_DRIVE_ID (a shared drive) or GOOGLE_DRIVE_FOLDER_ID (one folder), not both',
    );
  }
  if (e.PUBLIC_PORT !== undefined && e.PUBLIC_PORT !== 0 && e.PUBLIC_PORT === e.HTTP_PORT) {
    problems.push(
      `PUBLIC_PORT: ${e.PUBLIC_PORT} is HTTP_PORT too; the calendar feeds need a port of their own, apart from the operations port`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const slackReady = e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN);
  return {
    database: defined({ url: e.DATABASE_URL, dataDir: e.DATA_DIR }),
    redis: { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX },
    cluster: defined({
      timeZone: e.CLUSTER_TIMEZONE,
      defaultLocale: e.DEFAULT_LOCALE,
      publicUrl: e.PUBLIC_URL,
    }),
    scheduling: { workingHours: { ...e.WORKING_HOURS, zone: e.CLUSTER_TIMEZONE } },
    http: defined({ port: e.HTTP_PORT, host: e.OPERATIONS_HOST, token: e.OPERATIONS_TOKEN }),
    ...(e.PUBLIC_PORT === undefined
      ? {}
      : { public: { port: e.PUBLIC_PORT, host: e.PUBLIC_HOST } }),
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
            teamId: e.SLACK_TEAM_ID,
          }),
        }
      : {}),
    ...(e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          discord: defined({
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildIds: e.DISCORD_GUILD_ID,
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
      sendUpdates: e.GOOGLE_SEND_UPDATES,
      syncCalendarEveryMs: e.SYNC_CALENDAR_EVERY,
      syncDriveEveryMs: e.SYNC_DRIVE_EVERY,
    }),
  };
}
