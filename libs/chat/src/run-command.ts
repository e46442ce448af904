import type { Locale } from '@glokal/domain';
import type { ChatDeps } from './command';
import type { CommandRequest } from './request';
import type { Reply } from './reply';
import type { Answer } from './forms/form';
import { coordinatorRefusal } from './forms/refusals';
import { catalogue, commandByName } from './catalogue';
import { helpItem, helpReply } from './commands/help.command';
import { nearestCommand } from './commands/nearest-command';
import { reply } from './reply';
import { describeCommand } from './describe-command';
import { translatorFor } from './people';
import { notice } from './replies/notice';
import type { TextProblem } from './parse-text';

/** The longest option value accepted (Slack text can be 4,000 characters). */
export const MAX_OPTION_LENGTH = 200;

/** The largest attached file read (a CSV of a few thousand rows). */
export const MAX_FILE_LENGTH = 1_000_000;

/**
 * Localised help for text that is not a command: what was wrong, then the command it most
 * likely meant ("Did you mean “events”?") with its help, or every command when none is near.
 */
export function replyToUnparsed(problem: TextProblem, locale: Locale, timeZone: string): Reply {
  const t = translatorFor({ locale, timeZone });
  const unknown = t.t('chat:problem.unknown_command', { word: problem.word });
  const near = nearestCommand(catalogue, problem.word);
  if (near)
    return reply({
      title: t.t('chat:help.title'),
      summary: `${unknown} ${t.t('chat:problem.did_you_mean', { command: near.name })}`,
      items: [helpItem(near.command, t, true)],
      tone: 'notice',
    });
  return helpReply(catalogue, t, `${unknown} ${t.t('chat:problem.try_help')}`, 'notice');
}

/**
 * Runs a command: checks who may run it and the options it needs, then its handler.
 * Expected failures (bad period, not found, not a coordinator) come back as localised
 * `notice` replies with an example; only unexpected failures throw.
 */
export async function runCommand(request: CommandRequest, deps: ChatDeps): Promise<Answer> {
  const command = commandByName(request.command);
  if (!command)
    return replyToUnparsed(
      { code: 'unknown-command', word: request.command },
      request.locale,
      request.timeZone,
    );
  const t = translatorFor(request);
  const described = describeCommand(command, request.locale);
  const refused = coordinatorRefusal(command.audience, request.requester, t, described.name);
  if (refused) return refused;
  for (const option of command.options) {
    const describedOption = described.options.find((candidate) => candidate.key === option.name);
    const optionName = describedOption?.name ?? option.name;
    const value = request.options[option.name];
    const text = value === undefined ? '' : String(value).trim();
    if (option.required && text === '') {
      return notice(
        t,
        t.t('chat:problem.missing_option', { command: described.name, option: optionName }),
        {
          hint: describedOption?.description ?? '',
          example: described.example,
        },
      );
    }
    if (option.type === 'file' ? text.length > MAX_FILE_LENGTH : text.length > MAX_OPTION_LENGTH) {
      return notice(
        t,
        t.t('chat:problem.too_long', {
          option: optionName,
          max: option.type === 'file' ? MAX_FILE_LENGTH : MAX_OPTION_LENGTH,
        }),
        { example: described.example },
      );
    }
    if (option.type === 'integer' && text !== '' && !Number.isInteger(Number(text))) {
      return notice(t, t.t('chat:problem.not_a_number', { value: text, option: optionName }), {
        example: described.example,
      });
    }
  }
  return command.handle({ ...request, page: Math.max(1, Math.floor(request.page) || 1) }, deps);
}
