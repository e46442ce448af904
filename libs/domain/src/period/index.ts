export * from './period';
export * from './kind-words';
export * from './time-left';
export * from './iso-week';
