import type { DriveSyncStore } from '../ports/sync-store';

const pageSize = 500;

/**
 * After a full listing: removes index entries the drive no longer has. Walks the index with
 * an empty search (which matches every document) and holds only ids in memory. When the
 * index holds exactly the documents the listing wrote, one count answers it.
 */
export async function sweepDocuments(
  store: DriveSyncStore,
  listed: { seen: ReadonlySet<string>; written: ReadonlySet<string> },
): Promise<number> {
  const { seen } = listed;
  if ((await store.documents.search('', { limit: 1, offset: 0 })).total === listed.written.size)
    return 0;
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
