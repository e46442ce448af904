import type { DriveChange, DriveItem, DriveRoot, DriveSource } from '@glokal/domain';
import { driveClient, type GoogleClientOptions } from '../google-clients';
import { GoogleApiError } from '../errors/google-failure';
import { defaultRetryPolicy, withBackoff, type RetryPolicy } from '../errors/with-backoff';
import {
  fileFields,
  GoogleChangeList,
  GoogleFileList,
  GoogleStartPageToken,
} from './google-file.schema';
import { toDriveItem } from './to-drive-item';

export interface GoogleDriveSourceOptions extends GoogleClientOptions {
  scope: DriveRoot;
  /** Files and changes per page (Drive allows up to 1000). */
  pageSize?: number;
  retry?: Partial<RetryPolicy>;
}

/**
 * Google Drive as a source of documents. Every call says `supportsAllDrives`; for a shared
 * drive the listing and the changes feed are confined to it (`corpora=drive`, `driveId`,
 * `includeItemsFromAllDrives`), for a folder tree the feed covers what the account sees and
 * the sync keeps what lies under the folder.
 */
export function createGoogleDriveSource(options: GoogleDriveSourceOptions): DriveSource {
  const drive = driveClient(options);
  const retry = { ...defaultRetryPolicy, ...options.retry };
  const pageSize = options.pageSize ?? 1000;
  const shared =
    options.scope.kind === 'shared-drive' ? { driveId: options.scope.driveId } : undefined;
  const call = <T>(request: () => Promise<{ data: T }>) =>
    withBackoff(request, retry).then((response) => response.data);

  return {
    async startPageToken() {
      const data = await call(() =>
        drive.changes.getStartPageToken({ supportsAllDrives: true, ...(shared ?? {}) }),
      );
      return parseOrThrow(GoogleStartPageToken, data, 'changes.getStartPageToken').startPageToken;
    },

    async listChildren(folderId, pageToken) {
      const data = await call(() =>
        drive.files.list({
          q: `'${quote(folderId)}' in parents and trashed = false`,
          pageSize,
          fields: `nextPageToken,files(${fileFields})`,
          supportsAllDrives: true,
          includeItemsFromAllDrives: true,
          ...(shared ? { corpora: 'drive', driveId: shared.driveId } : { corpora: 'user' }),
          ...(pageToken ? { pageToken } : {}),
        }),
      );
      const list = parseOrThrow(GoogleFileList, data, 'files.list');
      return {
        items: list.files.map(toDriveItem).filter((item): item is DriveItem => item !== undefined),
        ...(list.nextPageToken ? { nextPageToken: list.nextPageToken } : {}),
      };
    },

    async listChanges(pageToken) {
      let data: unknown;
      try {
        data = await call(() =>
          drive.changes.list({
            pageToken,
            pageSize,
            fields: `nextPageToken,newStartPageToken,changes(fileId,removed,time,file(${fileFields}))`,
            supportsAllDrives: true,
            includeItemsFromAllDrives: true,
            includeRemoved: true,
            ...(shared ?? {}),
          }),
        );
      } catch (error) {
        if (error instanceof GoogleApiError && error.failure.code === 'cursor-expired')
          return { status: 'cursor-expired' };
        throw error;
      }
      const list = parseOrThrow(GoogleChangeList, data, 'changes.list');
      const changes: DriveChange[] = [];
      for (const change of list.changes) {
        const item = change.file === undefined ? undefined : toDriveItem(change.file);
        const fileId = change.fileId ?? item?.id;
        if (fileId) changes.push({ fileId, removed: change.removed, ...(item ? { item } : {}) });
      }
      return {
        status: 'page',
        changes,
        ...(list.nextPageToken ? { nextPageToken: list.nextPageToken } : {}),
        ...(list.newStartPageToken ? { newStartPageToken: list.newStartPageToken } : {}),
      };
    },

    async getItem(id) {
      try {
        const data = await call(() =>
          drive.files.get({ fileId: id, supportsAllDrives: true, fields: fileFields }),
        );
        return toDriveItem(data);
      } catch (error) {
        if (error instanceof GoogleApiError && error.failure.code === 'not-found') return undefined;
        throw error;
      }
    },
  };
}

/** Drive's query language quotes ids in single quotes, with `\'` and `\\` escapes. */
function quote(id: string): string {
  return id.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

function parseOrThrow<T>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } },
  data: unknown,
  call: string,
): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new GoogleApiError({
      code: 'unknown',
      retryable: true,
      message: `${call} answered an unexpected shape`,
    });
  return parsed.data;
}
