/** What the documents index covers: a whole shared drive, or one folder tree. */
export type DriveRoot =
  { kind: 'shared-drive'; driveId: string } | { kind: 'folder'; folderId: string };

/** A file or folder as the sync needs it. */
export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  isFolder: boolean;
  parents: string[];
  trashed: boolean;
  description?: string;
  webViewLink?: string;
  /** ISO instant. */
  modifiedAt: string;
  sizeBytes?: number;
}

export interface DriveChange {
  fileId: string;
  /** The file is gone for us: deleted, or no longer shared. */
  removed: boolean;
  item?: DriveItem;
}

/**
 * One page of the changes feed. `newStartPageToken` comes only on the last page (no
 * `nextPageToken`); `cursor-expired` means the page token is no longer valid and the root
 * must be listed again.
 */
export type DriveChangesPage =
  | { status: 'page'; changes: DriveChange[]; nextPageToken?: string; newStartPageToken?: string }
  | { status: 'cursor-expired' };

/**
 * A shared drive or a folder tree: used by `@glokal/sync`, implemented over Google Drive by
 * `@glokal/google`. The changes feed covers everything the account sees; the sync keeps what
 * lies under the root. Any failure other than an expired page token is thrown.
 */
export interface DriveSource {
  /** The cursor for "changes from now on" (`changes.getStartPageToken`). */
  startPageToken(): Promise<string>;
  /** The items directly inside a folder (not trashed), a page at a time. */
  listChildren(
    folderId: string,
    pageToken?: string,
  ): Promise<{ items: DriveItem[]; nextPageToken?: string }>;
  listChanges(pageToken: string): Promise<DriveChangesPage>;
  /** One item, or undefined when it does not exist (or is not visible). */
  getItem(id: string): Promise<DriveItem | undefined>;
}
