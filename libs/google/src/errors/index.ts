export * from './google-failure';
export * from './with-backoff';
