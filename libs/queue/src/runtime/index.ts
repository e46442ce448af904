export * from './open-producer';
export * from './start-queue-worker';
export * from './job-errors';
