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
import { outboxRepository } from './repositories/outbox.repository';
import { feedTokenRepository } from './repositories/feed-tokens.repository';
import { storeChanges } from './repositories/changes.repository';
import { discordScheduledEventRepository } from './repositories/discord-scheduled-events.repository';

/**
 * Every repository over one database handle (the pool, or one transaction). Over the pool,
 * `transaction` opens one; over a transaction it runs the work in that same transaction, so
 * code that opens a transaction can be called from inside another.
 */
export function clusterStoreOver(
  db: Kysely<Database>,
  options: { clusterTimeZone: string; clock: Clock },
): ClusterStore {
  const store: ClusterStore = {
    events: eventRepository(db, options.clusterTimeZone),
    grants: grantCallRepository(db, options.clock),
    organisations: organisationRepository(db),
    documents: documentRepository(db),
    people: personRepository(db, options.clock),
    attendance: attendanceRepository(db, options.clock),
    follows: followRepository(db, options.clock),
    subscriptions: subscriptionRepository(db, options.clock),
    deliveries: deliveryRepository(db, options.clock),
    syncState: syncStateRepository(db),
    audit: auditLog(db),
    outbox: outboxRepository(db, options.clock),
    feedTokens: feedTokenRepository(db),
    changes: storeChanges(db),
    discordScheduledEvents: discordScheduledEventRepository(db, options.clock),
    transaction: (work) =>
      db.isTransaction
        ? work(store)
        : db.transaction().execute((trx) => work(clusterStoreOver(trx, options))),
  };
  return store;
}
