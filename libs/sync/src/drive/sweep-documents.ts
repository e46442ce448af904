import type { DriveSyncStore } from '../ports/sync-store';

const pageSize = 500;

/**
 * After a full listing: removes index entries the drive no longer has. Walks the index with
 * an empty search (which matches every document) and holds only ids in memory.
 */
export async function sweepDocuments(store: DriveSyncStore, seen: ReadonlySet<string>): Promise<number> {
  const stale: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await store.documents.search('', { limit: pageSize, offset });
    for (const document of page.items) if (!seen.has(document.id)) stale.push(document.id);
    if (page.items.length < pageSize || offset + pageSize >= page.total) break;
  }
  for (let start = 0; start < stale.length; start += pageSize) {
    await store.documents.remove(stale.slice(start, start + pageSize));
  }
  return stale.length;
}
