import { z } from 'zod';

export const folderMimeType = 'application/vnd.google-apps.folder';

/** The file fields Glokal asks Drive for (`fields=`) and reads. */
export const fileFields =
  'id,name,mimeType,parents,trashed,description,modifiedTime,webViewLink,size';

export const GoogleFile = z.looseObject({
  id: z.string().min(1),
  name: z.string().default(''),
  mimeType: z.string().default('application/octet-stream'),
  parents: z.array(z.string()).default([]),
  trashed: z.boolean().default(false),
  description: z.string().optional(),
  modifiedTime: z.string().optional(),
  webViewLink: z.string().optional(),
  size: z.string().optional(),
});
export type GoogleFile = z.infer<typeof GoogleFile>;

export const GoogleFileList = z.looseObject({
  files: z.array(z.unknown()).default([]),
  nextPageToken: z.string().optional(),
});

export const GoogleChangeList = z.looseObject({
  changes: z
    .array(
      z.looseObject({
        fileId: z.string().optional(),
        removed: z.boolean().default(false),
        file: z.unknown().optional(),
      }),
    )
    .default([]),
  nextPageToken: z.string().optional(),
  newStartPageToken: z.string().optional(),
});

export const GoogleStartPageToken = z.looseObject({ startPageToken: z.string().min(1) });
