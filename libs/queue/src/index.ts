export * from './delivery';
export * from './definitions';
export * from './redis';
export * from './runtime';
