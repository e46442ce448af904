export { openStore, type OpenStoreOptions, type OpenedStore, type StoreKind } from './open-store';
export { openConfiguredStore, type ConfiguredStoreOptions } from './open-configured-store';
export { DataDirInUse } from './data-dir-lock';
export { dropSchema, openScratchStore, type ScratchStoreOptions } from './scratch-store';
export { migrations } from './migrations';
export { loadDemoData, type DemoLoadSummary } from './demo';
export { isStoreUnreachable } from './store-unreachable';
