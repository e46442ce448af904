/**
 * Every queue's name. These are stored in Redis keys and in jobs already waiting there:
 * never rename one (add a new name and drain the old queue instead).
 */
export const QueueNames = {
  calendarSync: 'calendar-sync',
  driveSync: 'drive-sync',
  deliverSlack: 'deliver-slack',
  deliverDiscord: 'deliver-discord',
  outboxRelay: 'outbox-relay',
  announce: 'announce',
  grantCallChanges: 'grant-call-changes',
  grantReminders: 'grant-reminders',
  weeklyDigest: 'weekly-digest',
  reminderChecks: 'reminder-checks',
  calendarWrites: 'calendar-writes',
  eventChanges: 'event-changes',
  eventReminders: 'event-reminders',
  freeSlots: 'free-slots',
  discordEvents: 'discord-events',
} as const;
export type QueueName = (typeof QueueNames)[keyof typeof QueueNames];
