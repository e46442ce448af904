import type { Clock, ClusterStore } from '@glokal/domain';
import { demoCluster } from '@glokal/domain/demo';

export interface DemoLoadSummary {
  organisations: number;
  events: number;
  grantCalls: number;
  documents: number;
}

/**
 * Writes the demo cluster (dated relative to `clock`) into `store` and records it in the audit
 * log. Ids are stable, so loading again refreshes the same rows. Callers decide when demo data
 * may enter a store: the seed command when asked, the console when its embedded store is empty.
 * Pass a transaction's store (`OpenedStore.transaction`) to load all of it or nothing.
 */
export async function loadDemoData(
  store: Pick<ClusterStore, 'organisations' | 'events' | 'grants' | 'documents' | 'audit'>,
  clock: Clock,
  clusterTimeZone: string,
): Promise<DemoLoadSummary> {
  const demo = demoCluster(clock, clusterTimeZone);
  await store.organisations.upsert(demo.organisations);
  await store.events.upsert(demo.events);
  await store.grants.upsert(demo.grantCalls);
  await store.documents.upsert(demo.documents);
  const summary: DemoLoadSummary = {
    organisations: demo.organisations.length,
    events: demo.events.length,
    grantCalls: demo.grantCalls.length,
    documents: demo.documents.length,
  };
  await store.audit.record({
    actor: 'demo',
    action: 'demo.load',
    subject: 'demo-cluster',
    detail: { ...summary },
    at: clock.now(),
  });
  return summary;
}
