import type { ClusterEvent, ClusterStore } from '@glokal/domain';

/**
 * An edit that raised a meeting's places (or removed the limit) gives the new places to the
 * first waiting, in the edit's own transaction; their person ids. Fewer places take nobody's
 * away: those going stay, and the list waits until enough leave.
 */
export async function givePlacesFreedBy(
  store: Pick<ClusterStore, 'attendance'>,
  before: ClusterEvent,
  after: ClusterEvent,
): Promise<string[]> {
  const was = before.meeting?.capacity;
  const now = after.meeting?.capacity;
  const more = was !== undefined && (now === undefined || now > was);
  return more ? store.attendance.fillPlaces(after.id) : [];
}
