import { z } from 'zod';

const units = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** A cadence such as `30s`, `5m` or `2h`, in milliseconds. */
export const Duration = z
  .string()
  .trim()
  .regex(/^\d+[smh]$/, 'a whole number followed by s, m or h, e.g. 5m')
  .transform((text) => Number(text.slice(0, -1)) * units[text.slice(-1) as keyof typeof units])
  .refine((ms) => ms >= 1_000, 'at least 1s');
