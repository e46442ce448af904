import type { ClusterEvent } from '@glokal/domain';
import type { ChatDeps } from '../../command';
import type { FormContext, FormOutcome } from '../form';
import { eventDetail } from '../../replies/event-detail';
import { translatorFor } from '../../people';
import { notice } from '../../replies/notice';

/**
 * A meeting form's confirmation: the meeting as it is now, with what was done on top; while it
 * can still change, the other sections of a platform that showed one open as its edit.
 */
export async function meetingDone(
  event: ClusterEvent,
  note: string,
  context: FormContext,
  deps: ChatDeps,
): Promise<FormOutcome> {
  const t = translatorFor(context);
  return {
    type: 'done',
    reply: await eventDetail(event, context.requester, deps, t, note),
    subject: event.id,
    ...(event.status === 'cancelled' ? {} : { editWith: 'meeting-edit' }),
  };
}

/** Refusals of a change to a meeting: it is gone, or it belongs to Google Calendar. */
export function meetingRefused(
  context: FormContext,
  why: { gone: string } | { fromGoogle: ClusterEvent },
): FormOutcome {
  const t = translatorFor(context);
  if ('gone' in why)
    return {
      type: 'refused',
      reply: notice(t, t.t('meetings:gone', { subject: why.gone }), { refusal: 'not-found' }),
    };
  return {
    type: 'refused',
    reply: notice(t, t.t('meetings:from_google', { title: why.fromGoogle.title })),
  };
}
