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
export { commandProblems, commandSize } from './validate-commands';
export { messageLimits, commandLimits, commandNamePattern, discordLocales } from './discord-limits';
