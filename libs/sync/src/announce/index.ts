export * from './announcement-key';
export * from './announcer';
