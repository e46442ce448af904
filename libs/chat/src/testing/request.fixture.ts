import type { Locale, Platform } from '@glokal/domain';
import type { CommandRequest } from '../request';
import type { ChatDeps } from '../command';
import { runCommand } from '../run-command';
import type { Reply } from '../reply';
import { isFormOpening, type Answer } from '../forms/form';

/** A request as an adapter would build it; tests only. */
export function requestFor(
  command: string,
  options: Record<string, string | number> = {},
  who: {
    locale?: Locale;
    timeZone?: string;
    userId?: string;
    platform?: Platform;
    coordinator?: boolean;
    page?: number;
  } = {},
): CommandRequest {
  return {
    requester: {
      platform: who.platform ?? 'slack',
      userId: who.userId ?? 'U-MEMBER',
      displayName: 'Ola Kowalska',
      isCoordinator: who.coordinator ?? false,
    },
    conversation: { workspaceId: 'T-CLUSTER', channelId: 'C-GENERAL' },
    locale: who.locale ?? 'pl',
    timeZone: who.timeZone ?? 'Europe/Warsaw',
    command,
    options,
    page: who.page ?? 1,
  };
}

/** Every string of a reply, one per line, to look for words in it. */
export function replyText(reply: Reply): string {
  const lines = [reply.title, reply.summary ?? ''];
  for (const item of reply.items) {
    lines.push(
      item.title,
      item.text ?? '',
      ...item.fields.map((field) => `${field.label}: ${field.value}`),
      ...item.context,
    );
    lines.push(...item.actions.map((action) => `[${action.label}]`));
  }
  lines.push(...reply.actions.map((action) => `[${action.label}]`));
  return lines.filter(Boolean).join('\n');
}

/** The reply of an answer that must not be a form (tests only). */
export function asReply(answer: Answer): Reply {
  if (isFormOpening(answer)) throw new Error(`expected a reply, got the form ${answer.form.id}`);
  return answer;
}

/** Runs a command that answers with a reply, not a form (tests only). */
export async function replyTo(request: CommandRequest, deps: ChatDeps): Promise<Reply> {
  return asReply(await runCommand(request, deps));
}
