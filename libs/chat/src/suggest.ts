import type { Locale } from '@glokal/domain';
import type { ChatDeps } from './command';
import { translatorFor } from './people';
import { eventWhen } from './format/event-when';
import { deadlineText } from './format/deadline';
import { withoutControls } from './option-values';

/** One autocomplete choice: what the person sees, and the id the command gets. */
export interface Suggestion {
  name: string;
  value: string;
}

/** Discord shows at most 25 choices, each name and value at most 100 characters. */
export const MAX_SUGGESTIONS = 25;
const MAX_TEXT = 100;
const UPCOMING_DAYS = 90;

function cut(text: string): string {
  return text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1)}…`;
}

/**
 * Choices while typing an event or grant call (Discord autocomplete): matches of the typed
 * words, upcoming first; with nothing typed, the next events or the nearest deadlines.
 * Control characters typed are dropped (a NUL never reaches the store).
 */
export async function suggest(
  kind: 'event' | 'grant',
  typed: string,
  context: { locale: Locale; timeZone: string },
  deps: ChatDeps,
): Promise<Suggestion[]> {
  const t = translatorFor(context);
  const now = deps.clock.now();
  const words = withoutControls(typed).trim();
  if (kind === 'event') {
    const events = words
      ? await deps.store.events.findByTitle(words, now, MAX_SUGGESTIONS)
      : (
          await deps.store.events.between(
            { from: now, to: new Date(now.getTime() + UPCOMING_DAYS * 86_400_000) },
            { limit: MAX_SUGGESTIONS, offset: 0 },
          )
        ).items;
    return events
      .filter((event) => event.id.length <= MAX_TEXT)
      .map((event) => ({
        name: cut(`${event.title} · ${eventWhen(event.timing, t)}`),
        value: event.id,
      }));
  }
  const calls = words
    ? await deps.store.grants.findByText(words, now, MAX_SUGGESTIONS)
    : (await deps.store.grants.open({ deadlineFrom: now }, { limit: MAX_SUGGESTIONS, offset: 0 }))
        .items;
  return calls
    .filter((call) => call.id.length <= MAX_TEXT)
    .map((call) => ({
      name: cut(`${call.title} · ${call.programme} · ${deadlineText(call, t, now).left}`),
      value: call.id,
    }));
}
