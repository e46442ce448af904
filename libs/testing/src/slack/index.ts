export * from './fake-slack';
export type {
  FakeSlackUser,
  FakeSlackWorld,
  MessageMetadata,
  PostedMessage,
  PublishedView,
} from './fake-slack-state';
export { blockKitLimits, blockKitProblems, modalProblems, type Surface } from './block-kit-limits';
export * from './sign-request';
export * from './slack-bodies';
export {
  FakeSocketMode,
  SOCKET_MODE_PATH,
  type EnvelopeType,
  type SocketAck,
} from './fake-socket-mode';
