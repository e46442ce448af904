import { z } from 'zod';

/** An ISO week as `YYYY-Www` (`2026-W44`): the week a digest is about, and part of its key. */
export const IsoWeek = z
  .string()
  .regex(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/, 'an ISO week as YYYY-Www');

/**
 * A weekly digest run. The scheduler's runs name no week: the job takes the week it runs in,
 * in the cluster's zone. Naming one (a digest sent again by hand) keeps its delivery keys.
 */
export const WeeklyDigestJob = z.object({ week: IsoWeek.optional() });
export type WeeklyDigestJob = z.infer<typeof WeeklyDigestJob>;
