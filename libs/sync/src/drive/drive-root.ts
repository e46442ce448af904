import type { DriveRoot } from '@glokal/domain';

export function driveRootId(root: DriveRoot): string {
  return root.kind === 'shared-drive' ? root.driveId : root.folderId;
}

/** The sync-state key of a drive root. */
export function driveSourceKey(root: DriveRoot): string {
  return root.kind === 'shared-drive' ? `drive:${root.driveId}` : `drive-folder:${root.folderId}`;
}
