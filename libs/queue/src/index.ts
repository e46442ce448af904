export * from './delivery';
export * from './definitions';
export * from './lock';
export * from './redis';
export * from './runtime';
export * from './schedules';
export * from './outbox';
export * from './reminders';
