import { z } from 'zod';
import { Instant } from './event';

/** A file of the cluster's shared Drive, as the index keeps it for `docs` search. */
export const ClusterDocument = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(1000),
  mimeType: z.string().min(1),
  description: z.string().max(8000).optional(),
  /** Folder names from the root of the drive (or the synced folder) down, e.g. `Strategia/2026`. */
  folderPath: z.string().default(''),
  webViewLink: z.url().optional(),
  modifiedAt: Instant,
  sizeBytes: z.number().int().nonnegative().optional(),
});
export type ClusterDocument = z.infer<typeof ClusterDocument>;
