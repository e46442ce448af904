import type { Locale, Person, Platform } from '@glokal/domain';

/** Who is asking, as the platform adapter resolved them. */
export interface Requester {
  platform: Platform;
  /** The platform's user id (Slack `U…`, Discord snowflake, console `--user`). */
  userId: string;
  displayName: string;
  /** The stored person, once known (adapters call `people.ensure` before buttons that write). */
  person?: Person;
  /** Coordinator rights as the platform adapter established them (role, user group, admin). */
  isCoordinator: boolean;
}

/** Where the command was typed: needed by `subscribe`/`settings` and for sharing replies. */
export interface Conversation {
  /** Slack team id, Discord guild id, `console`. */
  workspaceId: string;
  channelId: string;
}

/**
 * A parsed command, platform-neutral. Adapters build it from a Slack form body, a Discord
 * interaction or a console line; handlers never see a platform payload.
 */
export interface CommandRequest {
  requester: Requester;
  conversation: Conversation;
  locale: Locale;
  timeZone: string;
  /** The catalogue name of the command, e.g. `events`, `grant`, `grant add`. */
  command: string;
  /** Option values by option name, as the command's definition declares them. */
  options: Readonly<Record<string, string | number | undefined>>;
  /** 1-based page for paged lists. */
  page: number;
}
