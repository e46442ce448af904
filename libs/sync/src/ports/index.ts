export * from './outbox';
export * from './sync-store';
