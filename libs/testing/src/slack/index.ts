export * from './fake-slack';
export type { FakeSlackUser, FakeSlackWorld, PostedMessage, PublishedView } from './fake-slack-state';
export { blockKitLimits, blockKitProblems, type Surface } from './block-kit-limits';
export * from './sign-request';
export * from './slack-bodies';
