export * from './reminder-schedule';
export * from './reminders-watched';
