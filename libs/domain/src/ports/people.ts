import type { ClusterEvent } from '../event';
import type { Page, PageRequest } from './page';
import type { GrantCall } from '../grant-call';
import type { Locale } from '../locale';
import type { Person } from '../person';
import type { ChatPlatform } from '../platform';
import type { Subscription, Topic } from '../subscription';
import type { ReminderOffsets } from '../reminders/reminder-plan';
import type { AnswerOutcome, AttendanceState, RsvpAnswer, RsvpCounts } from '../rsvp';

export interface ChatIdentity {
  platform: ChatPlatform;
  userId: string;
}

export interface PersonRepository {
  byChatIdentity(identity: ChatIdentity): Promise<Person | undefined>;
  /** The person with this identity, created (with `displayName`) the first time they are seen. */
  ensure(identity: ChatIdentity, displayName: string): Promise<Person>;
  setPreferences(
    personId: string,
    preferences: { locale?: Locale; timeZone?: string },
  ): Promise<void>;
  /**
   * The e-mail a person gave for free/busy (undefined removes it). Kept off `Person`, so that
   * nothing which shows people (attendees, history) can show it: only `settings`, to them.
   */
  setEmail(personId: string, email: string | undefined): Promise<void>;
  emailOf(personId: string): Promise<string | undefined>;
  /** The e-mails given by the platform's users among `userIds`, by user id. */
  emailsOf(
    platform: ChatPlatform,
    userIds: readonly string[],
  ): Promise<ReadonlyMap<string, string>>;
}

/**
 * Someone who answered an event (going, maybe, not going, or waiting for a place), and when
 * they last changed it.
 */
export interface Attendee {
  person: Person;
  /** The name of the person's organisation, when they belong to one the catalogue knows. */
  organisationName?: string;
  answer: AttendanceState;
  answeredAt: Date;
}

/** Answers to events: one per person and event, changed by answering again. */
export interface AttendanceRepository {
  /**
   * Stores the answer within the event's places (`meeting.capacity`), the event's row locked
   * so that two answers at once never both take the last place: Going when every place is
   * taken puts the person on the waiting list; leaving Going gives the freed place to the first
   * waiting. The same answer again keeps the time it was first given.
   */
  answer(personId: string, eventId: string, answer: RsvpAnswer): Promise<AnswerOutcome>;
  /** Gives the event's free places to those waiting, in the order they answered (places raised). */
  fillPlaces(eventId: string): Promise<string[]>;
  answerOf(personId: string, eventId: string): Promise<AttendanceState | undefined>;
  /** The person's number on the event's waiting list (1 is next); undefined when not on it. */
  waitingPosition(personId: string, eventId: string): Promise<number | undefined>;
  /** Those given a place from the waiting list who still hold it, and when they got it. */
  promoted(eventId: string): Promise<{ person: Person; promotedAt: Date }[]>;
  counts(eventId: string): Promise<RsvpCounts>;
  /**
   * Who answered the event (only `answers` when given), in the order they answered (then by
   * person id).
   */
  attendees(
    eventId: string,
    page: PageRequest,
    answers?: readonly AttendanceState[],
  ): Promise<Page<Attendee>>;
  /** The not-cancelled events ending after `from` the person is going or may go to, soonest first. */
  upcomingFor(personId: string, from: Date, limit: number): Promise<ClusterEvent[]>;
}

/** "Follow" on grant calls: followers get the deadline reminders. */
export interface FollowRepository {
  set(personId: string, grantId: string, following: boolean): Promise<void>;
  isFollowing(personId: string, grantId: string): Promise<boolean>;
  followers(grantId: string): Promise<Person[]>;
  /** Followed calls whose deadline is at or after `from`, nearest first. */
  followedBy(personId: string, from: Date): Promise<GrantCall[]>;
}

export interface SubscriptionRepository {
  /** Adds topics to the channel's subscription (creating it in `locale`). */
  subscribe(channel: Omit<Subscription, 'topics'>, topics: readonly Topic[]): Promise<Subscription>;
  /** Removes topics; a channel left with none is no longer subscribed. */
  unsubscribe(
    channel: Pick<Subscription, 'platform' | 'channelId'>,
    topics: readonly Topic[],
  ): Promise<Subscription | undefined>;
  forChannel(
    channel: Pick<Subscription, 'platform' | 'channelId'>,
  ): Promise<Subscription | undefined>;
  forTopic(topic: Topic): Promise<Subscription[]>;
  /** Changes the language of the channel's news; undefined if it has no subscription. */
  setLocale(
    channel: Pick<Subscription, 'platform' | 'channelId'>,
    locale: Subscription['locale'],
  ): Promise<Subscription | undefined>;
  /** Sets when the channel's deadline reminders go out (undefined: the default); undefined if it has no subscription. */
  setReminderOffsets(
    channel: Pick<Subscription, 'platform' | 'channelId'>,
    offsets: ReminderOffsets | undefined,
  ): Promise<Subscription | undefined>;
}
