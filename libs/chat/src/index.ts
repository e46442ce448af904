export * from './request';
export * from './reply';
export * from './command';
export * from './jobs';
export { catalogue, commandByName } from './catalogue';
export { parseCommandText, type ParsedText, type TextProblem } from './parse-text';
export { withoutControls } from './option-values';
export { runCommand, replyToUnparsed, MAX_OPTION_LENGTH, MAX_FILE_LENGTH } from './run-command';
export { runAction, type ActionContext } from './run-action';
export {
  encodeAction,
  decodeAction,
  canEncodeAction,
  MAX_ACTION_LENGTH,
} from './actions/action-codec';
export { ChatActionSchema } from './actions/chat-action.schema';
export { suggest, MAX_SUGGESTIONS, type Suggestion } from './suggest';
export {
  describeCommand,
  type CommandDescription,
  type OptionDescription,
  type CommandTexts,
} from './describe-command';
export { preferencesFor, identityOf, isCoordinator } from './people';
export { eventWhen, eventLocalTime } from './format/event-when';
export { deadlineText, timeLeftText, type DeadlineText } from './format/deadline';
export { PAGE_SIZE } from './replies/paging';
export { periodLabel } from './commands/events.command';
export * from './forms';
export { writeFromChat, actorOf, type WriteRecord } from './writes/write';
export { actionWrites, actionShareable } from './actions/action-policy';
