import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import { TimeZone, type Clock } from '@glokal/domain';
import type { Logger } from '@glokal/config';
import { TtlCache } from '@glokal/chat/caching';
import { within } from './with-fallback';

/** What Slack says about a member that Glokal uses: language, zone, admin rights, name, e-mail. */
export interface SlackUserFacts {
  /** IETF tag, e.g. `pl-PL`. */
  locale?: string;
  /** IANA zone, e.g. `Europe/Warsaw`; only a zone Glokal knows. */
  timeZone?: string;
  isAdmin: boolean;
  displayName?: string;
  /** The profile's e-mail: Slack gives it only with the `users:read.email` scope. */
  email?: string;
}

export interface SlackPeople {
  /** `users.info` (with `include_locale`), cached; undefined when Slack does not answer in time or fails. */
  facts(userId: string): Promise<SlackUserFacts | undefined>;
  /** Members of a user group (`usergroups.users.list`), cached; empty when Slack fails. */
  groupMembers(groupId: string): Promise<readonly string[]>;
}

export interface SlackPeopleOptions {
  client: webApi.WebClient;
  clock: Clock;
  logger: Logger;
  /** How long an answer is kept; default an hour. */
  ttlMs?: number;
  /** How long a failure is remembered before asking again; default 30 s. */
  failureTtlMs?: number;
  /** How long a command waits for Slack before going on with defaults; default 1.5 s. */
  timeoutMs?: number;
}

export function slackPeople(options: SlackPeopleOptions): SlackPeople {
  const { client, clock, logger } = options;
  const ttlMs = options.ttlMs ?? 3_600_000;
  const failureTtlMs = options.failureTtlMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 1_500;
  const users = new TtlCache<SlackUserFacts | undefined>(clock, 10_000);
  const groups = new TtlCache<readonly string[]>(clock, 100);

  const loadUser = async (userId: string) => {
    try {
      const { user } = await client.users.info({ user: userId, include_locale: true });
      if (!user) return { value: undefined, ttlMs: failureTtlMs };
      const facts: SlackUserFacts = {
        isAdmin: Boolean(user.is_admin || user.is_owner || user.is_primary_owner),
      };
      if (user.locale) facts.locale = user.locale;
      const zone = TimeZone.safeParse(user.tz);
      if (zone.success) facts.timeZone = zone.data;
      const name = user.profile?.display_name || user.real_name || user.name;
      if (name) facts.displayName = name;
      const email = z.email().safeParse(user.profile?.email);
      if (email.success) facts.email = email.data;
      return { value: facts, ttlMs };
    } catch (error) {
      logger.warn({ err: error, userId }, 'users.info failed; using defaults');
      return { value: undefined, ttlMs: failureTtlMs };
    }
  };

  const loadGroup = async (groupId: string) => {
    try {
      const { users: members } = await client.usergroups.users.list({ usergroup: groupId });
      return { value: members ?? [], ttlMs };
    } catch (error) {
      logger.warn({ err: error, groupId }, 'usergroups.users.list failed');
      return { value: [], ttlMs: failureTtlMs };
    }
  };

  return {
    facts: (userId) =>
      within(
        users.get(userId, () => loadUser(userId)),
        timeoutMs,
        undefined,
      ),
    groupMembers: (groupId) =>
      within(
        groups.get(groupId, () => loadGroup(groupId)),
        timeoutMs,
        [],
      ),
  };
}
