import type { ClusterDocument } from '@glokal/domain';
import type { Announcer } from '../announce/announcer';
import type { DriveSyncStore } from '../ports/sync-store';

/** Writes documents and removals; announces documents the index did not have before. */
export async function applyDocumentBatch(
  batch: { upserts: ClusterDocument[]; removals: string[] },
  context: { store: DriveSyncStore; announcer?: Announcer },
): Promise<{ upserted: number; removed: number; announced: number }> {
  const { store, announcer } = context;
  const fresh: string[] = [];
  if (announcer) {
    for (const document of batch.upserts) {
      if (!(await store.documents.byId(document.id))) fresh.push(document.id);
    }
  }
  if (batch.upserts.length > 0) await store.documents.upsert(batch.upserts);
  if (batch.removals.length > 0) await store.documents.remove(batch.removals);
  let announced = 0;
  for (const documentId of fresh) {
    announced += await (announcer?.announce({ type: 'document-announcement', documentId }) ?? 0);
  }
  return { upserted: batch.upserts.length, removed: batch.removals.length, announced };
}
