import { z } from 'zod';
import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import { createTranslator, type Locale } from '@glokal/domain';
import type { Logger } from '@glokal/config';
import { plainMessage } from '../render/notice-message';

/** Where a request says it comes from; each kind of Slack request puts the team elsewhere. */
const RequestOrigin = z.object({
  type: z.string().optional(),
  command: z.string().optional(),
  team_id: z.string().min(1).optional(),
  team: z
    .object({ id: z.string().min(1) })
    .nullable()
    .optional(),
  user: z.object({ team_id: z.string().min(1).optional() }).optional(),
  view: z.object({ team_id: z.string().min(1).optional() }).optional(),
});
type RequestOrigin = z.infer<typeof RequestOrigin>;

/** The workspace a request comes from: commands and events say `team_id`, interactions `team.id`. */
export function teamOf(body: unknown): string | undefined {
  const origin = RequestOrigin.safeParse(body);
  if (!origin.success) return undefined;
  const { data } = origin;
  return data.team_id ?? data.team?.id ?? data.user?.team_id ?? data.view?.team_id;
}

/** The notice in the cluster's language first, then the other one: the asker's is not known. */
function noticeText(defaultLocale: Locale): string {
  const locales: Locale[] = defaultLocale === 'pl' ? ['pl', 'en'] : ['en', 'pl'];
  return locales
    .map((locale) => {
      const t = createTranslator(locale, 'UTC');
      return `${t.t('outsiders:title')}. ${t.t('outsiders:slack_workspace')}`;
    })
    .join('\n\n');
}

/** Every acknowledgement takes an optional response; the union of Bolt's kinds cannot say so. */
type Acknowledge = (response?: unknown) => Promise<void>;

async function turnAway(
  args: AnyMiddlewareArgs,
  origin: RequestOrigin,
  text: string,
): Promise<void> {
  const ack = 'ack' in args ? (args.ack as Acknowledge | undefined) : undefined;
  const message = plainMessage(text);
  if (origin.command !== undefined) {
    await ack?.({ response_type: 'ephemeral', ...message });
    return;
  }
  if (origin.type === 'view_submission') {
    await ack?.({
      response_action: 'update',
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: 'Glokal' },
        close: { type: 'plain_text', text: 'OK' },
        blocks: message.blocks,
      },
    });
    return;
  }
  if (origin.type === 'block_suggestion') {
    await ack?.({ options: [] });
    return;
  }
  // Button presses, shortcuts, closed views; events were acknowledged by Bolt already.
  await ack?.();
  if (origin.type === 'block_actions' && 'respond' in args && args.respond) {
    await args.respond({ response_type: 'ephemeral', replace_original: false, ...message });
  }
}

/**
 * The cluster's Slack workspace is the only one Glokal serves. A request from any other
 * (an app distributed by mistake, a shared channel, a replayed request signed with our secret)
 * gets a polite notice where Slack lets us give one, and goes no further: no listener runs,
 * nothing is read or written. Registered before every listener, as Bolt's first middleware.
 */
export function onlyClusterWorkspace(options: {
  teamId: string;
  defaultLocale: Locale;
  logger: Logger;
}): Middleware<AnyMiddlewareArgs> {
  const text = noticeText(options.defaultLocale);
  return async (args) => {
    const team = teamOf(args.body);
    if (team === options.teamId) {
      await args.next();
      return;
    }
    const origin = RequestOrigin.safeParse(args.body);
    options.logger.info(
      { team: team ?? 'unknown', kind: origin.success ? origin.data.type : undefined },
      'request from a workspace that is not the cluster’s turned away',
    );
    try {
      await turnAway(args, origin.success ? origin.data : {}, text);
    } catch (error) {
      options.logger.warn({ err: error }, 'could not tell an outside workspace so');
    }
  };
}

/** The cluster's workspace: `SLACK_TEAM_ID`, else the one the bot token belongs to. */
export async function clusterTeamId(app: App, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const auth = await app.client.auth.test();
  if (!auth.team_id)
    throw new Error(
      'Slack did not say which workspace the bot token belongs to (auth.test has no team_id): set SLACK_TEAM_ID',
    );
  return auth.team_id;
}
