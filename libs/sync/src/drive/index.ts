export * from './drive-root';
export * from './drive-sync';
export * from './folder-tree';
