import type { CalendarWindow } from '@glokal/domain';
import type { CalendarSyncStore } from '../ports/sync-store';

const pageSize = 500;

/**
 * After a full listing: removes the calendar events the store still has in the window but
 * the calendar no longer does (deleted while no sync token was valid). Only ids are held in
 * memory, never the events. When the store holds exactly as many events in the window as the
 * listing wrote there, nothing can be stale and one count answers it (the usual case).
 */
export async function sweepEvents(
  store: CalendarSyncStore,
  window: CalendarWindow,
  listed: { seen: ReadonlySet<string>; writtenInWindow: ReadonlySet<string> },
): Promise<number> {
  const { seen } = listed;
  const counted = await store.events.between(
    { from: window.from, to: window.to, includeCancelled: true },
    { limit: 1, offset: 0 },
  );
  if (counted.total === listed.writtenInWindow.size) return 0;
  const stale: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.events.between(
      { from: window.from, to: window.to, includeCancelled: true },
      { limit: pageSize, offset },
    );
    for (const event of page.items) {
      if (event.source === 'google' && !seen.has(event.id)) stale.push(event.id);
    }
    if (page.items.length < pageSize || offset + pageSize >= page.total) break;
  }
  for (let start = 0; start < stale.length; start += pageSize) {
    await store.events.remove(stale.slice(start, start + pageSize));
  }
  return stale.length;
}
