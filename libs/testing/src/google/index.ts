export * from './calendar-resource';
export * from './calendar-writes';
export * from './fake-calendar';
export * from './fake-drive';
export * from './fake-faults';
export * from './fake-freebusy';
export * from './fake-google';
export * from './fake-token-endpoint';
export { instanceId } from './recurrence';
