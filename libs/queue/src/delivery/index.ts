export * from './delivery-job';
export * from './delivery-job-id';
export * from './delivery-errors';
export * from './delivery-producer';
export * from './delivery-consumer';
