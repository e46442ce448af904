import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ChatPlatform, Locale, TimeZone } from '@glokal/domain';

/** `npm run console -- [--platform slack|discord] [--locale pl|en] [--user ID] [--coordinator] [--tz ZONE] [--now ISO]`. */
export const ConsoleOptions = z.object({
  platform: ChatPlatform.default('slack'),
  /** Unset: the person's own setting, else DEFAULT_LOCALE. */
  locale: Locale.optional(),
  user: z.string().trim().min(1).max(64).default('U-CONSOLE'),
  coordinator: z.boolean().default(false),
  /** Unset: the person's own setting, else CLUSTER_TIMEZONE. */
  tz: TimeZone.optional(),
  /** A fixed "now" (ISO 8601), e.g. to replay a day of the demo season. */
  now: z.iso.datetime({ offset: true }).optional(),
});
export type ConsoleOptions = z.infer<typeof ConsoleOptions>;

export type OptionsResult = { ok: true; options: ConsoleOptions } | { ok: false; problem: string };

/** Reads the command line; a problem names the option and what it accepts. */
export function parseConsoleOptions(argv: readonly string[]): OptionsResult {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        platform: { type: 'string' },
        locale: { type: 'string' },
        user: { type: 'string' },
        coordinator: { type: 'boolean' },
        tz: { type: 'string' },
        now: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error: unknown) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
  const parsed = ConsoleOptions.safeParse(values);
  if (parsed.success) return { ok: true, options: parsed.data };
  return {
    ok: false,
    problem: parsed.error.issues
      .map((issue) => `--${issue.path.join('.')}: ${issue.message}`)
      .join('; '),
  };
}
