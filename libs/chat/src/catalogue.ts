import type { Command } from './command';
import { createHelpCommand } from './commands/help.command';
import { eventsCommand } from './commands/events.command';
import { eventCommand } from './commands/event.command';
import { grantsCommand } from './commands/grants.command';
import { grantCommand } from './commands/grant.command';
import { grantAddCommand } from './commands/grant-add.command';
import { scheduleCommand } from './commands/schedule.command';
import { slotsCommand } from './commands/slots.command';
import { historyCommand } from './commands/history.command';
import { importCommand } from './commands/import.command';
import { docsCommand } from './commands/docs.command';
import { membersCommand } from './commands/members.command';
import { partnersCommand } from './commands/partners.command';
import { subscribeCommand, unsubscribeCommand } from './commands/subscribe.command';
import { settingsCommand } from './commands/settings.command';

/**
 * Every command, in help order: an explicit list (registration on Discord and the Slack
 * manifest are made from it, never by scanning folders).
 */
export const catalogue: readonly Command[] = [
  createHelpCommand(() => catalogue),
  eventsCommand,
  eventCommand,
  grantsCommand,
  grantCommand,
  grantAddCommand,
  scheduleCommand,
  slotsCommand,
  docsCommand,
  membersCommand,
  partnersCommand,
  subscribeCommand,
  unsubscribeCommand,
  settingsCommand,
  importCommand,
  historyCommand,
];

/** A command by its catalogue (English) name, e.g. `events`, `grant add`. */
export function commandByName(name: string): Command | undefined {
  return catalogue.find((command) => command.name === name);
}
