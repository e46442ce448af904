export * from './local-time';
export * from './read-when';
export * from './duration';
export * from './readable-years';
