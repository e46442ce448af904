import type { Kysely } from 'kysely';
import type { ClusterStore, Clock } from '@glokal/domain';
import type { Database } from './database';
import { eventRepository } from './repositories/events.repository';
import { grantCallRepository } from './repositories/grant-calls.repository';
import { organisationRepository } from './repositories/organisations.repository';
import { documentRepository } from './repositories/documents.repository';
import { personRepository } from './repositories/people.repository';
import { attendanceRepository } from './repositories/attendance.repository';
import { followRepository } from './repositories/follows.repository';
import { subscriptionRepository } from './repositories/subscriptions.repository';
import { deliveryRepository } from './repositories/deliveries.repository';
import { syncStateRepository } from './repositories/sync-state.repository';
import { auditLog } from './repositories/audit-log.repository';

/** Every repository over one database handle (the pool, or one transaction). */
export function clusterStoreOver(
  db: Kysely<Database>,
  options: { clusterTimeZone: string; clock: Clock },
): ClusterStore {
  return {
    events: eventRepository(db, options.clusterTimeZone),
    grants: grantCallRepository(db),
    organisations: organisationRepository(db),
    documents: documentRepository(db),
    people: personRepository(db, options.clock),
    attendance: attendanceRepository(db, options.clock),
    follows: followRepository(db, options.clock),
    subscriptions: subscriptionRepository(db, options.clock),
    deliveries: deliveryRepository(db, options.clock),
    syncState: syncStateRepository(db),
    audit: auditLog(db),
  };
}
