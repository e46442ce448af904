import type { Migration, MigrationProvider } from 'kysely';
import { initialSchema } from './0001-initial';
import { eventDurations } from './0002-event-durations';
import { writePath } from './0003-write-path';
import { deliverySending } from './0005-delivery-sending';
import { feedTokens } from './0007-feed-tokens';
import { reminderOffsets } from './0008-reminder-offsets';
import { changeVersion } from './0009-change-version';
import { grantCallUpdated } from './0010-grant-call-updated';
import { rsvpAnswers } from './0011-rsvp-answers';
import { personEmail } from './0012-person-email';
import { eventCapacity } from './0013-event-capacity';
import { discordScheduledEvents } from './0014-discord-scheduled-events';
import { documentTitleText } from './0015-document-title-text';

/**
 * Every migration, in the order it runs. Append only: never rename, reorder or edit one that
 * has shipped (a deployment's store remembers them by name). Names sort in this same order.
 */
export const migrations: ReadonlyArray<{ name: string; migration: Migration }> = [
  { name: '0001-initial', migration: initialSchema },
  { name: '0002-event-durations', migration: eventDurations },
  { name: '0003-write-path', migration: writePath },
  { name: '0005-delivery-sending', migration: deliverySending },
  { name: '0007-feed-tokens', migration: feedTokens },
  { name: '0008-reminder-offsets', migration: reminderOffsets },
  { name: '0009-change-version', migration: changeVersion },
  { name: '0010-grant-call-updated', migration: grantCallUpdated },
  { name: '0011-rsvp-answers', migration: rsvpAnswers },
  { name: '0012-person-email', migration: personEmail },
  { name: '0013-event-capacity', migration: eventCapacity },
  { name: '0014-discord-scheduled-events', migration: discordScheduledEvents },
  { name: '0015-document-title-text', migration: documentTitleText },
];

/** The explicit list as Kysely's migrator wants it (no folder scanning). */
export const migrationProvider: MigrationProvider = {
  getMigrations: () =>
    Promise.resolve(Object.fromEntries(migrations.map(({ name, migration }) => [name, migration]))),
};
