import { z } from 'zod';

/** Sync one Google calendar into the store (incremental when a sync token is kept). */
export const CalendarSyncJob = z.object({
  calendarId: z.string().min(1),
  /** Why it runs: the scheduler, an operator, or a coordinator's change in chat. */
  reason: z.enum(['schedule', 'manual', 'change']).default('schedule'),
});
export type CalendarSyncJob = z.infer<typeof CalendarSyncJob>;

/** Where the cluster's documents are: a whole shared drive, or one folder tree. */
export const DriveScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shared-drive'), driveId: z.string().min(1) }),
  z.object({ kind: z.literal('folder'), folderId: z.string().min(1) }),
]);
export type DriveScope = z.infer<typeof DriveScope>;

/** Sync the documents index from Drive's changes feed. */
export const DriveSyncJob = z.object({
  scope: DriveScope,
  reason: z.enum(['schedule', 'manual', 'change']).default('schedule'),
});
export type DriveSyncJob = z.infer<typeof DriveSyncJob>;
