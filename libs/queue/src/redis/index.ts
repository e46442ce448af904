export * from './redis-target';
export * from './remove-prefixed-keys';
