export {
  startSlackApp,
  type SlackApp,
  type SlackSettings,
  type StartSlackAppOptions,
} from './start-slack-app';
export { slackManifest, SLACK_EVENTS_PATH, type ManifestOptions } from './manifest/slack-manifest';
export { renderReply, type RenderOptions, type SlackMessage } from './render/render-reply';
