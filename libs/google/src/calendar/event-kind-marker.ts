import type { EventKind } from '@glokal/domain';
import { eventKindFromWord } from '@glokal/domain/period';

/** The extended property (shared, else private) coordinators or Glokal set on an event. */
export const eventKindProperty = 'glokalKind';

/**
 * The private extended property Glokal sets (`glokal`) on the events it writes to the shared
 * calendar: the sync reads such an event back as Glokal's (`source: 'glokal'`), so it stays a
 * meeting coordinators manage from chat.
 */
export const eventSourceProperty = 'glokalSource';

/** Whether Glokal wrote this event (see `eventSourceProperty`). */
export function writtenByGlokal(
  properties: { private?: Record<string, string> | undefined } | undefined,
): boolean {
  return properties?.private?.[eventSourceProperty] === 'glokal';
}

const tag = /\[([^\]]{1,40})\]/g;

/**
 * The kind of an event, from the marker coordinators control:
 *
 * 1. the extended property `glokalKind` (shared, else private), e.g. `seminar` or `warsztaty`
 *    — Glokal sets it on events scheduled from chat;
 * 2. else a tag in square brackets in the title, in English or Polish, any case, e.g.
 *    `[seminar] Cyfrowa szkoła`, `Erasmus+ [Warsztaty]`, `[szkolenie]` — the tag is taken out
 *    of the title people see;
 * 3. else `other`.
 */
export function readEventKind(
  summary: string,
  properties:
    | { shared?: Record<string, string> | undefined; private?: Record<string, string> | undefined }
    | undefined,
): { kind: EventKind; title: string } {
  const marked =
    properties?.shared?.[eventKindProperty] ?? properties?.private?.[eventKindProperty];
  const fromProperty = marked === undefined ? undefined : eventKindFromWord(marked);
  for (const match of summary.matchAll(tag)) {
    const kind = eventKindFromWord(match[1] ?? '');
    if (kind) {
      const title = (summary.slice(0, match.index) + summary.slice(match.index + match[0].length))
        .replace(/\s{2,}/g, ' ')
        .trim();
      return { kind: fromProperty ?? kind, title };
    }
  }
  return { kind: fromProperty ?? 'other', title: summary.trim() };
}
