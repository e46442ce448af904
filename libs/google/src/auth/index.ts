export * from './google-credentials';
export * from './create-google-auth';
