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
}
