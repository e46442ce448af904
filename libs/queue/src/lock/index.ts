export * from './redis-lock';
