export * from './own-redis';
