import { common } from './common';
import { chat } from './chat';
import { commands } from './commands';
import { events } from './events';
import { grants } from './grants';
import { docs } from './docs';
import { directory } from './directory';
import { settings } from './settings';
import { consoleMessages } from './console';
import { slack } from './slack';
import { discord } from './discord';
import { announcements } from './announcements';
import { forms } from './forms';
import { history } from './history';
import { outsiders } from './outsiders';
import { digest } from './digest';
import { feeds } from './feeds';
import { meetings } from './meetings';
import { reminders } from './reminders';
import { attendees } from './attendees';
import { slots } from './slots';
import { places } from './places';

/**
 * Every user-facing string, by area. To add an area: write `messages/<area>.ts` exporting
 * `{ pl, en }` with the same keys in both, and list it here (one line each).
 * `messages.test.ts` checks that both languages have every key and every Polish plural form.
 */
export const messageAreas = {
  common,
  chat,
  commands,
  events,
  grants,
  docs,
  directory,
  settings,
  console: consoleMessages,
  slack,
  discord,
  announcements,
  outsiders,
  forms,
  history,
  digest,
  feeds,
  meetings,
  reminders,
  attendees,
  slots,
  places,
} as const;

export type MessageArea = keyof typeof messageAreas;
