export * from './sync-schedules';
