import type { Logger } from '@glokal/config';
import type { ClusterStore, Person } from '@glokal/domain';

/** Slack profile e-mails, kept for people who gave Glokal none. */
export interface ProfileEmails {
  /**
   * Stores `email` (from `users.info`, `users:read.email`) as the person's when they have none
   * stored, so a meeting's invitation reaches them without `/glokal settings email`. Checked
   * once per person and address in this process; never throws (the command goes on).
   */
  remember(person: Person, email: string): Promise<void>;
}

/** How many checked people are remembered before starting again (they are checked again). */
const checkedLimit = 10_000;

export function profileEmails(store: Pick<ClusterStore, 'people'>, logger: Logger): ProfileEmails {
  const checked = new Set<string>();
  return {
    async remember(person, email) {
      const key = `${person.id}\n${email}`;
      if (checked.has(key)) return;
      if (checked.size >= checkedLimit) checked.clear();
      checked.add(key);
      try {
        if (await store.people.emailOf(person.id)) return;
        await store.people.setEmail(person.id, email);
        // The address itself stays out of the log.
        logger.info({ personId: person.id }, 'stored the e-mail of a Slack profile');
      } catch (error) {
        checked.delete(key);
        logger.warn({ err: error, personId: person.id }, 'the Slack profile e-mail was not stored');
      }
    },
  };
}
