import type { Locale } from '@glokal/domain';
import type { ChatDeps } from './command';
import type { Conversation, Requester } from './request';
import type { ChatAction } from './reply';
import type { Answer } from './forms/form';
import { openForm } from './forms/open-form';
import { closeGrant } from './writes/close-grant';
import { recordPreferences } from './writes/record-preferences';
import { renewFeed } from './writes/renew-feed';
import { retryCalendarWrite } from './writes/retry-calendar-write';
import { personalFeed } from './personal-feed';
import { writeFromChat } from './writes/write';
import { runCommand } from './run-command';
import { ensurePerson, translatorFor } from './people';
import { notice } from './replies/notice';
import { answersClosed, eventDetail } from './replies/event-detail';
import { grantDetail } from './replies/grant-detail';
import { canFollow } from './replies/grant-item';
import { settingsReply } from './replies/settings-reply';
import { attendeeExport, attendeeList } from './replies/attendee-list';
import { answerNote } from './replies/rsvp-words';
import { answeredAudit } from './writes/answered-audit';

/** Who pressed a button, where, and in which language and zone to answer. */
export interface ActionContext {
  requester: Requester;
  conversation: Conversation;
  locale: Locale;
  timeZone: string;
}

/**
 * Does what a button says (paging and "More" run a command; Going / Maybe / Not going, "Follow" and the
 * language switch and Renew (the calendar feed's address) write for the person, created on
 * first use; Edit and Extend open a form;
 * Close closes a call) and returns the reply that replaces the message the button was on, or
 * the form to open. Coordinators' buttons refuse anyone else, whatever the payload says.
 */
export async function runAction(
  action: ChatAction,
  context: ActionContext,
  deps: ChatDeps,
): Promise<Answer> {
  const t = translatorFor(context);
  switch (action.type) {
    case 'run':
      return runCommand(
        { ...context, command: action.command, options: action.options, page: action.page },
        deps,
      );
    case 'attend': {
      const event = await deps.store.events.byId(action.eventId);
      if (!event)
        return notice(t, t.t('events:not_found', { query: action.eventId }), {
          hint: t.t('events:not_found_hint'),
        });
      // A button on an older message may outlive the event's answers.
      const closed = answersClosed(event, deps);
      if (closed) return notice(t, t.t(`events:answers_closed_${closed}`, { title: event.title }));
      const person = await ensurePerson(context.requester, deps);
      if (!person) return notice(t, t.t('chat:problem.needs_account'));
      const outcome = await writeFromChat(context.requester, deps, async (store) => {
        const answered = await store.attendance.answer(person.id, event.id, action.answer);
        return {
          result: answered,
          record: {
            audit: {
              action: 'event.attend',
              subject: event.id,
              after: { answer: action.answer, ...answeredAudit(answered) },
            },
            // The event's reminders may now go to one more (or one fewer) person, and its
            // announcements show the new counts (and whoever got a freed place is told).
            tell: [
              {
                key: `event-changed:${event.id}:attendance:${person.id}:${deps.clock.now().toISOString()}`,
                message: { type: 'event-changed', eventId: event.id },
              },
            ],
          },
        };
      });
      const note = answerNote(event, action.answer, outcome, t);
      return eventDetail(event, { ...context.requester, person }, deps, t, note);
    }
    case 'follow': {
      const call = await deps.store.grants.byId(action.grantId);
      if (!call)
        return notice(t, t.t('grants:not_found', { query: action.grantId }), {
          hint: t.t('grants:not_found_hint'),
        });
      // Unfollow always works; Follow only while the call can be followed.
      if (action.following && !canFollow(call, deps.clock.now()))
        return notice(t, t.t('grants:follow_closed', { title: call.title }));
      const person = await ensurePerson(context.requester, deps);
      if (!person) return notice(t, t.t('chat:problem.needs_account'));
      await writeFromChat(context.requester, deps, async (store) => {
        await store.follows.set(person.id, call.id, action.following);
        return {
          result: undefined,
          record: {
            audit: {
              action: 'grant.follow',
              subject: call.id,
              after: { following: action.following },
            },
            // The call's reminders now go to one more (or one fewer) person.
            tell: [
              {
                key: `grant:${call.id}:followers:${person.id}:${deps.clock.now().toISOString()}`,
                message: { type: 'grant-call-changed', grantId: call.id, change: 'followers' },
              },
            ],
          },
        };
      });
      const note = t.t(action.following ? 'grants:now_following' : 'grants:no_longer_following', {
        title: call.title,
      });
      return grantDetail(call, { ...context.requester, person }, deps, t, note);
    }
    case 'set-locale': {
      const person = await ensurePerson(context.requester, deps);
      if (!person) return notice(t, t.t('chat:problem.needs_account'));
      await recordPreferences(context.requester, person, { locale: action.locale }, deps);
      const after = translatorFor({ locale: action.locale, timeZone: context.timeZone });
      return settingsReply(
        after,
        { locale: action.locale, timeZone: person.timeZone },
        deps.clock.now(),
        after.t('settings:language_changed'),
        await personalFeed(person, action.locale, deps),
      );
    }
    case 'renew-feed': {
      const person = await ensurePerson(context.requester, deps);
      if (!person) return notice(t, t.t('chat:problem.needs_account'));
      await renewFeed(context.requester, person, deps);
      return settingsReply(
        t,
        { locale: person.locale, timeZone: person.timeZone },
        deps.clock.now(),
        t.t('feeds:renewed'),
        await personalFeed(person, t.locale, deps),
      );
    }
    case 'attendees':
      return attendeeList(action.eventId, action.page, context, deps);
    case 'attendees-csv':
      return attendeeExport(action.eventId, context, deps);
    case 'share':
      return notice(t, t.t('chat:problem.share_unavailable'));
    case 'open-form':
      return openForm(action, context.requester, t, deps);
    case 'close-grant':
      return closeGrant(action.grantId, context, deps);
    case 'retry-calendar-write':
      return retryCalendarWrite(action.eventId, context, deps);
  }
}
