export * from './local-time';
export * from './read-when';
export * from './duration';
