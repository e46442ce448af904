export { createTestStore, type TestStore, type TestStoreOptions } from './create-test-store';
export { fillCatalogue, type CatalogueSizes, type FillOptions } from './fill-catalogue';
