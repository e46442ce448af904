import type { Clock } from '../clock';
import type { ClusterDocument } from '../document';
import type { ClusterEvent } from '../event';
import type { GrantCall } from '../grant-call';
import type { Organisation } from '../organisation';
import { demoDocuments } from './documents';
import { demoEvents } from './events';
import { demoGrantCalls } from './grant-calls';
import { demoOrganisations } from './organisations';
import { seasonOf } from './season';

export interface DemoCluster {
  organisations: Organisation[];
  events: ClusterEvent[];
  grantCalls: GrantCall[];
  documents: ClusterDocument[];
}

/**
 * The demo data set of a Polish education cluster, dated relative to the clock's today in the
 * cluster's zone (a season from two weeks ago to about four months ahead). Ids are stable slugs,
 * so loading it again replaces the same rows. Pure: no I/O.
 */
export function demoCluster(clock: Clock, clusterTimeZone: string): DemoCluster {
  const season = seasonOf(clock, clusterTimeZone);
  return {
    organisations: demoOrganisations(),
    events: demoEvents(season),
    grantCalls: demoGrantCalls(season),
    documents: demoDocuments(season),
  };
}
