export * from './calendar-source';
export * from './drive-source';
export * from './outbox';
export * from './sync-store';
