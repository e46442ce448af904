export { createTestStore, type TestStore, type TestStoreOptions } from './create-test-store';
