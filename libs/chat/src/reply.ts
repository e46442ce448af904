import type { RsvpAnswer } from '@glokal/domain';

/**
 * The neutral reply every handler returns and every platform renders (Slack Block Kit,
 * Discord embeds and components, console text). All strings are plain text: renderers escape
 * them for their platform, so calendar or user text can never become a mention or a link.
 * Links exist only as `url` fields.
 */
export interface Reply {
  /** Shown as a header. */
  title: string;
  /** A line under the title (e.g. "12 events in the next 30 days"). */
  summary?: string;
  items: ReplyItem[];
  /** Buttons under the whole reply (paging, "share in channel"). */
  actions: ReplyAction[];
  /** Present on paged lists. */
  paging?: { page: number; pages: number };
  /** `notice` for refusals and bad input: renderers show it plainly, never publicly. */
  tone: 'normal' | 'notice';
  /** Why a request was refused, as a code adapters can act on (the text is in `summary`). */
  refusal?: Refusal;
  /**
   * Files that come with the reply (an attendance list as CSV), given only to the person who
   * asked: Slack uploads them to them, Discord attaches them, the console writes them out.
   */
  files?: ReplyFile[];
}

/** A text file a reply carries: its name with extension, and its whole content. */
export interface ReplyFile {
  name: string;
  text: string;
}

/**
 * Refusals adapters may act on: `coordinator-only` (a plain member tried a coordinator's
 * command, button or form), `needs-account` (the console without a chat identity),
 * `not-found` (the subject is gone), `stale-form` (a form or button no longer known).
 */
export type Refusal = 'coordinator-only' | 'needs-account' | 'not-found' | 'stale-form';

export interface ReplyItem {
  title: string;
  /** Where the title links to (calendar event, call page, Drive file, website). */
  url?: string;
  /** Free text under the title; renderers may cut it to their limits. */
  text?: string;
  fields: ReplyField[];
  /** Small print under the item: dates in the viewer's zone, places, "3 going". */
  context: string[];
  actions: ReplyAction[];
}

export interface ReplyField {
  label: string;
  value: string;
  /** Short fields may stand side by side. */
  short?: boolean;
}

export interface ReplyAction {
  label: string;
  /** What pressing it does; encoded by `encodeAction` into the platform's button value. */
  action: ChatAction;
  style?: 'primary' | 'danger';
}

/** What a button does. Kept small: Discord custom ids hold at most 100 characters. */
export type ChatAction =
  /** Runs a command again with its options, at a page (paging, "more"). */
  | { type: 'run'; command: string; options: Record<string, string | number>; page: number }
  /** Going, maybe or not going to an event (answering again changes the answer). */
  | { type: 'attend'; eventId: string; answer: RsvpAnswer }
  /** Who answered an event, a page at a time (coordinators). */
  | { type: 'attendees'; eventId: string; page: number }
  /** Who answered an event, as a CSV file (coordinators). */
  | { type: 'attendees-csv'; eventId: string }
  | { type: 'follow'; grantId: string; following: boolean }
  /** Posts the reply it sits on to the channel for everyone. */
  | { type: 'share' }
  | { type: 'set-locale'; locale: 'pl' | 'en' }
  /** Opens a form about a subject (Edit, Extend deadline), at one of its sections. */
  | { type: 'open-form'; form: string; subject?: string | undefined; section: number }
  /** Closes a grant call (coordinators). */
  | { type: 'close-grant'; grantId: string }
  /** Gives the person's calendar feed a new address; the old one stops working. */
  | { type: 'renew-feed' }
  /** Records a new write of a meeting Google Calendar did not take (coordinators). */
  | { type: 'retry-calendar-write'; eventId: string };

export function reply(fields: Partial<Reply> & Pick<Reply, 'title'>): Reply {
  return { items: [], actions: [], tone: 'normal', ...fields };
}
