export * from './google-drive-source';
export * from './to-drive-item';
