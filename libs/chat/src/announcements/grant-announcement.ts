import { deadlineInstant, type GrantCall, type Translator } from '@glokal/domain';
import { reply, type Reply } from '../reply';
import { grantItem } from '../replies/grant-item';
import type { AnnouncementMessage } from './announcement-message';

type GrantAnnouncementMessage = Extract<AnnouncementMessage, { type: 'grant-announcement' }>;

/**
 * "New grant call: Erasmus+", or "Deadline extended from <old> to <new>", with the call as a
 * list shows it (deadline, time left, follow button). The deadlines of an extension are the ones
 * it was made with, so a later change does not rewrite what this message says.
 */
export function grantAnnouncement(
  call: GrantCall,
  message: GrantAnnouncementMessage,
  t: Translator,
  now: Date,
): Reply {
  const items = [grantItem(call, t, now, message.follower !== undefined)];
  if (message.change === 'added') {
    return reply({
      title: t.t('announcements:grant_added_title', { programme: call.programme }),
      summary: t.t('announcements:grant_added_summary'),
      items,
    });
  }
  const to = t.dateTime(deadlineInstant(message.extension?.to ?? call.deadline));
  return reply({
    title: t.t('announcements:grant_extended_title', { title: call.title }),
    summary: message.extension
      ? t.t('announcements:grant_extended_summary', {
          from: t.dateTime(deadlineInstant(message.extension.from)),
          to,
        })
      : t.t('announcements:grant_extended_to', { to }),
    items,
  });
}
