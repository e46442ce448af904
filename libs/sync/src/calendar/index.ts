export * from './calendar-sync';
export * from './sync-window';
export * from './sync-report';
