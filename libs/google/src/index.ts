export * from './auth';
export * from './calendar';
export * from './drive';
export * from './errors';
export type { GoogleClientOptions } from './google-clients';
