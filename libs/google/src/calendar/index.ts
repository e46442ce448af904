export * from './event-kind-marker';
export * from './google-calendar-source';
export * from './google-calendar-writer';
export * from './to-calendar-change';
export * from './google-free-busy';
