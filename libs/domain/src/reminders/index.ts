export * from './reminder-plan';
export * from './reminder-offsets';
export * from './event-reminder-plan';
export * from './event-change';
export * from './starting-soon-note';
