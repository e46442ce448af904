export * from './config';
export * from './dotenv';
export { Duration } from './duration';
export * from './logger';
export { SecretFiles, secretVariables, type SecretVariable } from './secret-files';
