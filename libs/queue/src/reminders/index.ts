export * from './reminder-schedule';
export * from './reminders-watched';
export * from './event-reminder-schedule';
