import {
  remindedAnswers,
  type ClusterStore,
  type EventReminderPerson,
  type Locale,
  type Person,
} from '@glokal/domain';

const PAGE = 200;

/**
 * Everyone who answered the event Going or Maybe (those who may come are reminded too) whom
 * Glokal can write to (a Slack or Discord identity).
 */
export async function remindedPeople(
  store: Pick<ClusterStore, 'attendance'>,
  eventId: string,
): Promise<Person[]> {
  const people: Person[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.attendance.attendees(
      eventId,
      { limit: PAGE, offset },
      remindedAnswers,
    );
    people.push(...page.items.map((attendee) => attendee.person));
    if (page.items.length < PAGE || offset + PAGE >= page.total) break;
  }
  return people.filter((person) => Boolean(person.slackUserId ?? person.discordUserId));
}

/** How a person reads their reminders: their zone and language, else the cluster's. */
export function reminderReader(
  person: Person,
  cluster: { timeZone: string; locale: Locale },
): EventReminderPerson {
  return {
    personId: person.id,
    timeZone: person.timeZone ?? cluster.timeZone,
    locale: person.locale ?? cluster.locale,
  };
}
