export * from './sync-schedules';
export * from './job-schedules';
