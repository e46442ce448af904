import { ClusterDocument, type DriveItem } from '@glokal/domain';

/** The index entry for a Drive file, or the reason it cannot be one. */
export function toDocument(
  item: DriveItem,
  folderPath: string,
): { ok: true; document: ClusterDocument } | { ok: false; reason: string } {
  const parsed = ClusterDocument.safeParse({
    id: item.id,
    name: item.name.slice(0, 1000),
    mimeType: item.mimeType,
    ...(item.description ? { description: item.description.slice(0, 8000) } : {}),
    folderPath,
    ...(item.webViewLink ? { webViewLink: item.webViewLink } : {}),
    modifiedAt: item.modifiedAt,
    ...(item.sizeBytes === undefined ? {} : { sizeBytes: item.sizeBytes }),
  });
  return parsed.success
    ? { ok: true, document: parsed.data }
    : { ok: false, reason: parsed.error.issues.map((issue) => issue.message).join('; ') };
}
