/** Fixtures for tests of the chat catalogue and its adapters (`@glokal/chat/testing`); tests only. */
export * from './season.fixture';
export * from './request.fixture';
