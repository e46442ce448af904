export * from './fake-discord';
export * from './fake-guild';
export type {
  FakeInteraction,
  FakeMessage,
  FakeEmbed,
  FakeActionRow,
  RecordedRequest,
  StoredCommand,
} from './fake-state';
export { ephemeralFlag } from './fake-state';
export type { InteractionActor, SlashCommandInput, InteractionOption } from './interactions';
export { messageProblems, pingsOf } from './validate-message';
export { modalProblems, modalFields, type ModalPayload, type ModalField } from './validate-modal';
export { commandProblems, commandSize } from './validate-commands';
export {
  messageLimits,
  modalLimits,
  commandLimits,
  commandNamePattern,
  discordLocales,
} from './discord-limits';
export { discordRateLimits, type FakeRateLimitSettings } from './fake-rate-limits';
export { snowflakeTime } from './snowflake';
export { scheduledEventLimits, type FakeScheduledEvent } from './scheduled-events';
