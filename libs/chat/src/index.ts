export * from './request';
export * from './reply';
export * from './command';
