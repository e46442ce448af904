import type { ClusterDocument } from '@glokal/domain';
import { announcementOutboxKey } from '../announce/announcement-key';
import type { DriveSyncStore } from '../ports/sync-store';

/**
 * Writes documents and removals in one transaction; when announcing, documents the index did
 * not have before get an `announce` outbox message in that same transaction.
 */
export async function applyDocumentBatch(
  batch: { upserts: ClusterDocument[]; removals: string[] },
  context: { store: DriveSyncStore; announce?: boolean },
): Promise<{ upserted: number; removed: number; announced: number }> {
  return context.store.transaction(async (store) => {
    const fresh: string[] = [];
    if (context.announce) {
      for (const document of batch.upserts) {
        if (!(await store.documents.byId(document.id))) fresh.push(document.id);
      }
    }
    if (batch.upserts.length > 0) await store.documents.upsert(batch.upserts);
    if (batch.removals.length > 0) await store.documents.remove(batch.removals);
    let announced = 0;
    for (const documentId of fresh) {
      const subject = { type: 'document-announcement', documentId } as const;
      if (await store.outbox.add(announcementOutboxKey(subject), { type: 'announce', subject }))
        announced += 1;
    }
    return { upserted: batch.upserts.length, removed: batch.removals.length, announced };
  });
}
