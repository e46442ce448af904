export * from './reminder-plan';
export * from './reminder-offsets';
export * from './event-reminder-plan';
