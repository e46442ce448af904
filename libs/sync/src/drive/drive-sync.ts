import type { ClusterDocument, Clock, DriveRoot, DriveSource } from '@glokal/domain';
import { emptyReport, type SyncReport } from '../calendar/sync-report';
import { silentLog, type DriveSyncStore, type SyncLog } from '../ports/sync-store';
import { applyDocumentBatch } from './apply-document-batch';
import { driveRootId, driveSourceKey } from './drive-root';
import { FolderTree, joinPath } from './folder-tree';
import { sweepDocuments } from './sweep-documents';
import { toDocument } from './to-document';

export interface DriveSyncDeps {
  source: DriveSource;
  store: DriveSyncStore;
  /**
   * Announce items new to the store (default true). Never on a source's first successful
   * sync, which only copies what is already there; benchmarks and tools turn it off.
   */
  announce?: boolean;
  clock: Clock;
  log?: SyncLog;
}

type Pass = SyncReport & { cursor: string };

/**
 * Keeps the documents index equal to the files under a drive root. The first run takes a
 * start token, then lists the tree folder by folder (so every file knows its folder path);
 * later runs follow the changes feed from the kept token. A file trashed, deleted or moved
 * out of the tree leaves the index. A changed folder (renamed, moved, trashed) changes the
 * paths of everything below it, so the tree is listed again. The token is saved only after
 * the last page; a failed run repeats from the previous one.
 */
export async function syncDrive(root: DriveRoot, deps: DriveSyncDeps): Promise<SyncReport> {
  const { store, clock } = deps;
  const log = deps.log ?? silentLog;
  const sourceKey = driveSourceKey(root);
  const state = await store.syncState.get(sourceKey);
  const announce = Boolean(state?.lastSuccessAt) && (deps.announce ?? true);
  try {
    let result: Pass;
    if (!state?.cursor) {
      result = await relist(root, deps, announce);
    } else {
      const changes = await followChanges(root, state.cursor, deps, announce);
      if (changes === 'cursor-expired' || changes.relist) {
        const reason =
          changes === 'cursor-expired' ? 'the changes token expired' : 'a folder changed';
        log.info({ source: sourceKey, reason }, 'listing the drive again');
        const listed = await relist(root, deps, announce);
        result =
          changes === 'cursor-expired'
            ? { ...listed, fullAfterExpiry: true }
            : {
                ...listed,
                pages: listed.pages + changes.pass.pages,
                upserted: listed.upserted + changes.pass.upserted,
              };
      } else {
        result = changes.pass;
      }
    }
    await store.syncState.saveCursor(sourceKey, result.cursor, clock.now());
    const { cursor: _saved, ...summary } = result;
    log.info(summary, 'drive synced');
    return summary;
  } catch (error) {
    await store.syncState.recordError(sourceKey, describe(error), clock.now());
    throw error;
  }
}

async function relist(root: DriveRoot, deps: DriveSyncDeps, announce: boolean): Promise<Pass> {
  const report = emptyReport(driveSourceKey(root), 'full');
  const cursor = await deps.source.startPageToken();
  const seen = new Set<string>();
  const written = new Set<string>();
  const folders: { id: string; path: string }[] = [{ id: driveRootId(root), path: '' }];
  for (let folder = folders.shift(); folder; folder = folders.shift()) {
    let pageToken: string | undefined;
    do {
      const page = await deps.source.listChildren(folder.id, pageToken);
      const upserts: ClusterDocument[] = [];
      for (const item of page.items) {
        if (item.isFolder) {
          folders.push({ id: item.id, path: joinPath(folder.path, item.name) });
          continue;
        }
        seen.add(item.id);
        const mapped = toDocument(item, folder.path);
        if (mapped.ok) {
          upserts.push(mapped.document);
          written.add(item.id);
        } else {
          report.skipped += 1;
        }
      }
      const outcome = await applyDocumentBatch(
        { upserts, removals: [] },
        { store: deps.store, announce },
      );
      report.pages += 1;
      report.upserted += outcome.upserted;
      report.announced += outcome.announced;
      pageToken = page.nextPageToken;
    } while (pageToken);
  }
  report.swept = await sweepDocuments(deps.store, { seen, written });
  return { ...report, cursor };
}

async function followChanges(
  root: DriveRoot,
  cursor: string,
  deps: DriveSyncDeps,
  announce: boolean,
): Promise<{ pass: Pass; relist: boolean } | 'cursor-expired'> {
  const report = emptyReport(driveSourceKey(root), 'incremental');
  const tree = new FolderTree(deps.source, driveRootId(root));
  let relistNeeded = false;
  let pageToken: string | undefined = cursor;
  let newStart: string | undefined;
  while (pageToken) {
    const page = await deps.source.listChanges(pageToken);
    if (page.status === 'cursor-expired') return 'cursor-expired';
    const upserts: ClusterDocument[] = [];
    const removals: string[] = [];
    for (const change of page.changes) {
      const item = change.item;
      if (change.removed || !item || item.trashed) {
        removals.push(change.fileId);
        if (item?.isFolder) relistNeeded = true;
      } else if (item.isFolder) {
        relistNeeded = true;
      } else {
        const location = await tree.locate(item.parents);
        const mapped = location.inside ? toDocument(item, location.folderPath) : undefined;
        if (mapped?.ok) upserts.push(mapped.document);
        else removals.push(item.id);
        if (mapped && !mapped.ok) report.skipped += 1;
      }
    }
    const outcome = await applyDocumentBatch(
      { upserts, removals },
      { store: deps.store, announce },
    );
    report.pages += 1;
    report.upserted += outcome.upserted;
    report.removed += outcome.removed;
    report.announced += outcome.announced;
    pageToken = page.nextPageToken;
    newStart = page.newStartPageToken ?? newStart;
  }
  if (!newStart) throw new Error('the last page of the changes feed carried no newStartPageToken');
  return { pass: { ...report, cursor: newStart }, relist: relistNeeded };
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(
    0,
    1000,
  );
}
