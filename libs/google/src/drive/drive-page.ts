/*
 * The shapes `@glokal/sync`'s DriveSource port expects, declared here too because a data
 * access library does not import a feature library; the worker checks they match.
 */

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  isFolder: boolean;
  parents: string[];
  trashed: boolean;
  description?: string;
  webViewLink?: string;
  modifiedAt: string;
  sizeBytes?: number;
}

export interface DriveChange {
  fileId: string;
  removed: boolean;
  item?: DriveItem;
}

export type DriveChangesPage =
  | { status: 'page'; changes: DriveChange[]; nextPageToken?: string; newStartPageToken?: string }
  | { status: 'cursor-expired' };

/** A whole shared drive, or one folder tree. */
export type DriveScope =
  { kind: 'shared-drive'; driveId: string } | { kind: 'folder'; folderId: string };
