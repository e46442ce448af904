export * from './outbox-job-id';
export * from './outbox-queues';
export * from './relay-outbox';
export * from './chat-jobs';
