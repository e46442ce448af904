export * from './event-kind-marker';
export * from './google-calendar-source';
export * from './to-calendar-change';
