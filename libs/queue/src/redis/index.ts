export * from './redis-target';
export * from './remove-prefixed-keys';
export * from './check-redis';
export * from './redis-probe';
