import type {
  DocumentRepository,
  EventRepository,
  GrantCallRepository,
  OrganisationRepository,
} from './catalogue';
import type {
  AttendanceRepository,
  FollowRepository,
  PersonRepository,
  SubscriptionRepository,
} from './people';
import type { AuditLog, DeliveryRepository, SyncStateRepository } from './bookkeeping';
import type { Outbox } from './outbox';
import type { FeedTokenRepository } from './feed-tokens';
import type { StoreChanges } from './changes';
import type { DiscordScheduledEventRepository } from './discord-scheduled-events';

/** Everything the system of record keeps; consumers ask for the part they need with `Pick`. */
export interface ClusterStore {
  events: EventRepository;
  grants: GrantCallRepository;
  organisations: OrganisationRepository;
  documents: DocumentRepository;
  people: PersonRepository;
  attendance: AttendanceRepository;
  follows: FollowRepository;
  subscriptions: SubscriptionRepository;
  deliveries: DeliveryRepository;
  syncState: SyncStateRepository;
  audit: AuditLog;
  outbox: Outbox;
  /** The secrets of people's personal calendar feeds. */
  feedTokens: FeedTokenRepository;
  /** The change version caches of replies and people are keyed on. */
  changes: StoreChanges;
  /** Events' copies in the Discord servers' Events tabs. */
  discordScheduledEvents: DiscordScheduledEventRepository;
  /**
   * Runs `work` in one transaction: every write it makes through the store it is given (the
   * change, its audit entry, its outbox messages) lands, or none does. Inside a transaction
   * this runs `work` in the same one.
   */
  transaction<T>(work: (store: ClusterStore) => Promise<T>): Promise<T>;
}
