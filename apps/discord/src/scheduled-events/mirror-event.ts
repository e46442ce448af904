import {
  DiscordAPIError,
  GuildScheduledEventStatus,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
  type REST,
} from 'discord.js';
import { z } from 'zod';
import type { Logger } from '@glokal/config';
import {
  eventInterval,
  type Clock,
  type ClusterStore,
  type DiscordScheduledEvent,
  type Locale,
} from '@glokal/domain';
import type { ClusterGuilds } from '../cluster-guilds';
import {
  eventMark,
  scheduledEventBody,
  sentDigest,
  type ScheduledEventBody,
} from './scheduled-event-body';
import type { EventsRefused } from './events-refused';

export interface MirrorEventDeps {
  /** A REST client that rejects on rate limits (`createDeliveryRest`): the queue waits, not it. */
  rest: REST;
  store: Pick<ClusterStore, 'events' | 'discordScheduledEvents'>;
  guilds: ClusterGuilds;
  /** Servers that refused (no Manage Events): skipped for a while, said once. */
  refused: EventsRefused;
  clock: Clock;
  clusterTimeZone: string;
  /** The language of the copies' fixed words (`DEFAULT_LOCALE`). */
  locale: Locale;
  logger: Logger;
}

/** What happened in each server: for logs and tests. */
export type MirrorOutcome =
  | 'created'
  | 'found'
  | 'updated'
  | 'unchanged'
  | 'cancelled'
  | 'deleted'
  | 'none'
  | 'refused'
  | 'rejected';

const Listed = z.array(
  z.object({ id: z.string(), description: z.string().nullish(), status: z.number() }),
);
const Created = z.object({ id: z.string().min(1) });

/** Outcomes that took a call to Discord (so the server answered it). */
const called: ReadonlySet<MirrorOutcome | undefined> = new Set<MirrorOutcome>([
  'created',
  'found',
  'updated',
  'cancelled',
  'deleted',
]);

/** Discord's answer that a scheduled event is gone (deleted by someone in the server). */
const isUnknown = (error: unknown) =>
  error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownGuildScheduledEvent;

/**
 * Mirrors one event to the Events tab of every cluster server, as it stands in the store now:
 * created (unless it has started, or is cancelled), patched when what it says changed,
 * cancelled when the event is, deleted when the event is gone. One server's refusal or
 * failure does not stop the others; a server where the bot lacks Manage Events (403 50013)
 * does not want the mirror and is skipped. A rate limit, and any failure worth retrying, is
 * thrown after the other servers are done, so the queue retries (the servers done are then
 * unchanged and cost nothing).
 */
export function mirrorEvent(
  deps: MirrorEventDeps,
): (eventId: string) => Promise<Record<string, MirrorOutcome>> {
  const logger = deps.logger.child({ part: 'discord-scheduled-events' });
  return async (eventId) => {
    const event = await deps.store.events.byId(eventId);
    const now = deps.clock.now();
    const body = event
      ? scheduledEventBody(event, {
          now,
          clusterTimeZone: deps.clusterTimeZone,
          locale: deps.locale,
        })
      : undefined;
    const copies = await deps.store.discordScheduledEvents.of(eventId);
    const outcomes: Record<string, MirrorOutcome> = {};
    let retry: unknown;
    for (const guildId of deps.guilds.ids) {
      if (deps.refused.has(guildId, now)) {
        outcomes[guildId] = 'refused';
        continue;
      }
      const copy = copies.find((known) => known.guildId === guildId);
      try {
        outcomes[guildId] = await mirrorIn(guildId, {
          eventId,
          body,
          copy,
          // A started event is left as Discord has it; only its cancellation or removal goes.
          gone: !event ? 'removed' : event.status === 'cancelled' ? 'cancelled' : undefined,
          ended: Boolean(event && eventInterval(event.timing, deps.clusterTimeZone).end <= now),
        });
        if (called.has(outcomes[guildId])) deps.refused.allowed(guildId, logger);
      } catch (error) {
        if (
          error instanceof DiscordAPIError &&
          error.code === RESTJSONErrorCodes.MissingPermissions
        ) {
          deps.refused.refuse(guildId, now, logger);
          outcomes[guildId] = 'refused';
        } else if (
          error instanceof DiscordAPIError &&
          error.status >= 400 &&
          error.status < 500 &&
          error.status !== 429
        ) {
          // Retrying the same request cannot help (e.g. the server's 100 events are reached).
          logger.error(
            { eventId, guildId, status: error.status, code: error.code, err: error },
            'Discord refused the event’s copy',
          );
          outcomes[guildId] = 'rejected';
        } else {
          if (!(error instanceof RateLimitError))
            logger.warn({ eventId, guildId, err: error }, 'could not mirror the event; retrying');
          retry ??= error;
        }
      }
    }
    if (retry) throw retry;
    return outcomes;
  };

  async function mirrorIn(
    guildId: string,
    subject: {
      eventId: string;
      body: ScheduledEventBody | undefined;
      copy: DiscordScheduledEvent | undefined;
      gone: 'cancelled' | 'removed' | undefined;
      ended: boolean;
    },
  ): Promise<MirrorOutcome> {
    const { eventId, body, copy } = subject;
    const copies = deps.store.discordScheduledEvents;
    if (subject.gone) {
      if (!copy) return 'none';
      const outcome = await remove(guildId, copy.scheduledEventId, subject.gone === 'cancelled');
      await copies.forget(eventId, guildId);
      return outcome;
    }
    if (!body) {
      // Started: Discord has it now. Ended: the copy is done with, and no longer looked after.
      if (copy && subject.ended) await copies.forget(eventId, guildId);
      return 'none';
    }
    const sent = sentDigest(body);
    if (copy?.sent === sent) return 'unchanged';
    if (copy) {
      try {
        await deps.rest.patch(Routes.guildScheduledEvent(guildId, copy.scheduledEventId), {
          body,
        });
        await copies.save({ ...copy, sent });
        return 'updated';
      } catch (error) {
        if (!isUnknown(error)) throw error;
        // Someone deleted the copy in Discord: the mirror makes it again.
        await copies.forget(eventId, guildId);
      }
    }
    const earlier = await findByMark(guildId, eventMark(eventId));
    if (earlier) {
      // An earlier try created it and stopped before it was stored.
      await deps.rest.patch(Routes.guildScheduledEvent(guildId, earlier), { body });
      await copies.save({ eventId, guildId, scheduledEventId: earlier, sent });
      return 'found';
    }
    const created = Created.parse(
      await deps.rest.post(Routes.guildScheduledEvents(guildId), { body }),
    );
    await copies.save({ eventId, guildId, scheduledEventId: created.id, sent });
    return 'created';
  }

  /** Cancels a copy still scheduled; deletes one removed from the calendar or already begun. */
  async function remove(
    guildId: string,
    scheduledEventId: string,
    cancelOnly: boolean,
  ): Promise<MirrorOutcome> {
    const route = Routes.guildScheduledEvent(guildId, scheduledEventId);
    try {
      if (!cancelOnly) {
        await deps.rest.delete(route);
        return 'deleted';
      }
      await deps.rest.patch(route, { body: { status: GuildScheduledEventStatus.Canceled } });
      return 'cancelled';
    } catch (error) {
      if (isUnknown(error)) return cancelOnly ? 'cancelled' : 'deleted';
      if (cancelOnly && error instanceof DiscordAPIError && error.status === 400) {
        await deps.rest.delete(route);
        return 'deleted';
      }
      throw error;
    }
  }

  async function findByMark(guildId: string, mark: string): Promise<string | undefined> {
    const listed = Listed.parse(await deps.rest.get(Routes.guildScheduledEvents(guildId)));
    return listed.find(
      (known) =>
        known.status === GuildScheduledEventStatus.Scheduled &&
        (known.description ?? '').split('\n').at(-1) === mark,
    )?.id;
  }
}
