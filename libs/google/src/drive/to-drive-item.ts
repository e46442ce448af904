import type { DriveItem } from '@glokal/domain';
import { folderMimeType, GoogleFile } from './google-file.schema';

/** A Drive file resource in our terms, or undefined when it is not one. */
export function toDriveItem(resource: unknown): DriveItem | undefined {
  const parsed = GoogleFile.safeParse(resource);
  if (!parsed.success) return undefined;
  const file = parsed.data;
  const size = file.size === undefined ? undefined : Number(file.size);
  return {
    id: file.id,
    name: file.name || file.id,
    mimeType: file.mimeType,
    isFolder: file.mimeType === folderMimeType,
    parents: file.parents,
    trashed: file.trashed,
    ...(file.description ? { description: file.description } : {}),
    ...(file.webViewLink ? { webViewLink: file.webViewLink } : {}),
    modifiedAt:
      file.modifiedTime && !Number.isNaN(Date.parse(file.modifiedTime))
        ? new Date(file.modifiedTime).toISOString()
        : new Date(0).toISOString(),
    ...(size !== undefined && Number.isSafeInteger(size) && size >= 0 ? { sizeBytes: size } : {}),
  };
}
