export {
  startDiscordBot,
  type DiscordBot,
  type DiscordBotOptions,
  type DiscordSettings,
} from './discord-bot';
export { buildCommandDefinitions, rootCommandName, discordName } from './command-definitions';
export { registerCommands, inviteUrl, botPermissions } from './command-registration';
export { renderReply, type RenderedMessage, type RenderOptions } from './render-reply';
export { deliverToDiscord, createDeliveryRest, type ComposeDelivery } from './deliver-to-discord';
export { deliveryNonce } from './delivery-nonce';
