/** What the documents index covers: a whole shared drive, or one folder tree. */
export type DriveRoot =
  { kind: 'shared-drive'; driveId: string } | { kind: 'folder'; folderId: string };

export function driveRootId(root: DriveRoot): string {
  return root.kind === 'shared-drive' ? root.driveId : root.folderId;
}

/** The sync-state key of a drive root. */
export function driveSourceKey(root: DriveRoot): string {
  return root.kind === 'shared-drive' ? `drive:${root.driveId}` : `drive-folder:${root.folderId}`;
}
