export * from './queue-names';
export * from './define-queue';
export * from './sync-jobs';
export * from './queues';
export * from './outbox-jobs';
export * from './reminder-jobs';
export * from './digest-jobs';
export * from './event-reminder-jobs';
