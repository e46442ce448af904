import { createTranslator, stillAsChanged, type Locale } from '@glokal/domain';
import type { ChatDeps } from '../command';
import type { Reply } from '../reply';
import { documentItem } from '../replies/document-item';
import { reply } from '../reply';
import type { AnnouncementMessage } from './announcement-message';
import { eventAnnouncement } from './event-announcement';
import { eventChangeNotice } from './event-change-notice';
import { eventReminder, startingSoonNote } from './event-reminder';
import { freeSlotsReply } from './free-slots';
import { grantAnnouncement } from './grant-announcement';
import { grantReminder } from './grant-reminder';
import { composePlaceGiven } from './place-given';
import { isEmptyDigest, weeklyDigest, weeklyDigestContents } from './weekly-digest';

/**
 * The reply a channel gets for a queued announcement, in the channel's language, read from
 * the store when it is sent (so it is never stale). Undefined when there is nothing left to
 * announce: the subject was deleted, or the event or grant call was cancelled (or the event
 * moved, for its reminder), since it was queued; a notice of a change when the event changed
 * again since (the later change has its own notice).
 */
export async function composeDelivery(
  message: AnnouncementMessage,
  locale: Locale,
  deps: ChatDeps,
): Promise<Reply | undefined> {
  if (message.type === 'grant-reminder') {
    const call = await deps.store.grants.byId(message.grantId);
    if (!call || call.status === 'cancelled' || call.status === 'closed') return undefined;
    const now = deps.clock.now();
    return grantReminder(
      call,
      message,
      createTranslator(locale, message.viewerZone ?? deps.clusterTimeZone),
      now,
    );
  }
  if (message.type === 'event-reminder') {
    // Nothing when the event was cancelled or moved since: the moved one has its own reminders.
    const event = await deps.store.events.byId(message.eventId);
    if (!event || event.status === 'cancelled' || event.timing.allDay) return undefined;
    if (new Date(event.timing.start).getTime() !== new Date(message.start).getTime())
      return undefined;
    const t = createTranslator(locale, message.viewerZone);
    return message.toChannel
      ? startingSoonNote(
          event,
          message.offsetHours,
          t,
          await deps.store.attendance.counts(event.id),
        )
      : eventReminder(event, message.offsetHours, t);
  }
  if (message.type === 'event-change-notice') {
    const event = await deps.store.events.byId(message.eventId);
    if (!event || !stillAsChanged(event, message.change)) return undefined;
    return eventChangeNotice(event, message.change, createTranslator(locale, message.viewerZone));
  }
  if (message.type === 'waiting-list-place') return composePlaceGiven(message, locale, deps);
  if (message.type === 'free-slots')
    return freeSlotsReply(message, createTranslator(locale, message.viewerZone));
  const t = createTranslator(locale, deps.clusterTimeZone);
  if (message.type === 'weekly-digest') {
    const now = deps.clock.now();
    const contents = await weeklyDigestContents(message.week, { ...deps, now });
    return isEmptyDigest(contents) ? undefined : weeklyDigest(contents, t, now);
  }
  if (message.type === 'event-announcement') {
    const event = await deps.store.events.byId(message.eventId);
    if (!event || event.status === 'cancelled') return undefined;
    return eventAnnouncement(event, t, await deps.store.attendance.counts(event.id));
  }
  if (message.type === 'grant-announcement') {
    const call = await deps.store.grants.byId(message.grantId);
    if (!call || call.status === 'cancelled') return undefined;
    const reader = message.follower ? createTranslator(locale, message.follower.viewerZone) : t;
    return grantAnnouncement(call, message, reader, deps.clock.now());
  }
  const document = await deps.store.documents.byId(message.documentId);
  if (!document) return undefined;
  return reply({
    title: t.t('announcements:document_title'),
    summary: t.t('announcements:document_summary'),
    items: [documentItem(document, t)],
  });
}
