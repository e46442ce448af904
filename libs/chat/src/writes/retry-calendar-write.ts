import type { ClusterEvent } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { ActionContext } from '../run-action';
import type { Reply } from '../reply';
import { translatorFor } from '../people';
import { notice } from '../replies/notice';
import { eventDetail } from '../replies/event-detail';
import { coordinatorRefusal } from '../forms/refusals';
import { writeFromChat } from './write';

type Result =
  | { type: 'gone' }
  | { type: 'nothing'; event: ClusterEvent }
  | { type: 'retried'; event: ClusterEvent };

/**
 * Retry (coordinators) on a meeting whose Google Calendar write failed for good: a new
 * `calendar-write` message of the same revision under a key of its own (the failed one is
 * spent), so the worker writes the meeting as stored now; the failure is cleared meanwhile and
 * recorded again if this write fails too. A meeting without a failure (already retried, or
 * written since) records nothing.
 */
export async function retryCalendarWrite(
  eventId: string,
  context: ActionContext,
  deps: ChatDeps,
): Promise<Reply> {
  const t = translatorFor(context);
  const refused = coordinatorRefusal(
    'coordinator',
    context.requester,
    t,
    t.t('meetings:write_failed.retry'),
  );
  if (refused) return refused;
  const at = deps.clock.now().toISOString();
  const result = await writeFromChat<Result>(context.requester, deps, async (store) => {
    const before = await store.events.byId(eventId);
    if (!before) return { result: { type: 'gone' } };
    const failure = before.calendarWriteError;
    if (before.source !== 'glokal' || !failure)
      return { result: { type: 'nothing', event: before } };
    const { calendarWriteError: _retried, ...after } = before;
    await store.events.upsert([after]);
    const revision = before.revision ?? 1;
    // A cancelled meeting is cancelled whatever the message says; else the failed write again.
    const action = before.status === 'cancelled' ? 'cancel' : failure.action;
    return {
      result: { type: 'retried', event: after },
      record: {
        audit: {
          action: 'event.calendar-write-retry',
          subject: before.id,
          detail: { action, revision, failed: failure.code },
        },
        tell: [
          {
            key: `calendar-write:${before.id}:${revision}:retry:${at}`,
            message: { type: 'calendar-write', eventId: before.id, action, revision },
          },
        ],
      },
    };
  });
  switch (result.type) {
    case 'gone':
      return notice(t, t.t('events:not_found', { query: eventId }), {
        hint: t.t('events:not_found_hint'),
        refusal: 'not-found',
      });
    case 'nothing':
      return eventDetail(
        result.event,
        context.requester,
        deps,
        t,
        t.t('meetings:write_failed.nothing_to_retry', { title: result.event.title }),
      );
    case 'retried':
      return eventDetail(
        result.event,
        context.requester,
        deps,
        t,
        t.t('meetings:write_failed.retried', { title: result.event.title }),
      );
  }
}
